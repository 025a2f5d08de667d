package org.muster.platform;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Markdown to safe HTML: CommonMark with tables, strikethrough and autolinks, then an allow-list
 * sanitizer, so scripts, frames, event handlers and javascript: links come out inert whatever the
 * source (typed Markdown or imported HTML).
 */
@Component
public class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create());

    private static final java.util.regex.Pattern OWN_IMAGE = java.util.regex.Pattern.compile("/images/[A-Za-z0-9_-]{43}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "sub", "sup", "kbd", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            // Only images uploaded here (qa's /images/<id>): another site's image would tell it who reads
            // what, and the page's content security policy would block it anyway.
            .allowAttributes("src").matching(OWN_IMAGE).onElements("img")
            .allowAttributes("alt", "title", "width", "height").onElements("img")
            .allowAttributes("align").onElements("th", "td")
            .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[a-zA-Z0-9_+#-]{1,30}")).onElements("code")
            .allowAttributes("start").onElements("ol")
            .requireRelsOnLinks("nofollow", "noopener", "ugc")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    public String toHtml(String markdown) {
        return sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }

    /** The words of sanitized HTML, for indexing and snippets: tags dropped, entities decoded. */
    public static String plainText(String html) {
        var text = html == null ? "" : html.replaceAll("<[^>]*>", " ");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                Character.toString(m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2)))));
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static final java.util.regex.Pattern NUMERIC_ENTITY = java.util.regex.Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** HTML from elsewhere (an import), kept only as far as the same allow-list permits. */
    public String sanitize(String html) {
        return POLICY.sanitize(html == null ? "" : html);
    }
}
