package org.muster.knowledge;

import org.muster.platform.BrandSource;
import org.muster.platform.Markdown;
import org.muster.platform.PageMeta;
import org.muster.platform.SiteLinks;
import org.muster.spaces.Visibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;

/**
 * What an article page tells search engines: a meta description from its first words, its canonical
 * address and, for articles of public spaces only, schema.org {@code Article} structured data.
 */
@Component
class ArticleMeta {

    static final int DESCRIPTION_CHARS = 160;

    private final SiteLinks links;
    private final JsonMapper json;
    private final ObjectProvider<BrandSource> brands;
    private final MessageSource messages;

    ArticleMeta(SiteLinks links, JsonMapper json, ObjectProvider<BrandSource> brands, MessageSource messages) {
        this.links = links;
        this.json = json;
        this.brands = brands;
        this.messages = messages;
    }

    PageMeta of(ArticleView view) {
        var article = view.article();
        var url = links.absolute(article.path());
        var description = description(Markdown.plainText(article.bodyHtml()));
        if (view.space().visibility() != Visibility.PUBLIC) return new PageMeta(description, url, "article", null);
        var data = new LinkedHashMap<String, Object>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Article");
        data.put("headline", article.title());
        data.put("description", description);
        data.put("url", url);
        data.put("mainEntityOfPage", url);
        data.put("datePublished", article.createdAt().toString());
        data.put("dateModified", article.modifiedAt().toString());
        data.put("author", java.util.Map.of("@type", "Person", "name", view.authorName()));
        data.put("publisher", java.util.Map.of("@type", "Organization", "name", publisher()));
        if (!article.tags().isEmpty()) data.put("keywords", String.join(", ", article.tags()));
        return new PageMeta(description, url, "article", json.writeValueAsString(data));
    }

    private String publisher() {
        var brand = brands.getIfAvailable();
        var name = brand == null ? null : brand.brand().name();
        return name != null ? name : messages.getMessage("app.name", null, LocaleContextHolder.getLocale());
    }

    /** The first words, cut at a word's end so that a result list shows whole words. */
    static String description(String text) {
        if (text.length() <= DESCRIPTION_CHARS) return text;
        var cut = text.substring(0, DESCRIPTION_CHARS);
        int space = cut.lastIndexOf(' ');
        return (space > DESCRIPTION_CHARS / 2 ? cut.substring(0, space) : cut) + "…";
    }
}
