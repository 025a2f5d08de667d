package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The sitemap's article pages: those of spaces a visitor may read, and nothing else. */
@Component
class ArticleSitemap implements SitemapSource {

    private final ArticleRepository articles;
    private final SpaceService spaces;

    ArticleSitemap(ArticleRepository articles, SpaceService spaces) {
        this.articles = articles;
        this.spaces = spaces;
    }

    @Override
    public String kind() {
        return "articles";
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return articles.countIn(spaces.visibleSpaceIds(Actor.visitor()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SitemapPage> pages(long offset, int limit) {
        return articles.listIn(spaces.visibleSpaceIds(Actor.visitor()), offset, limit).stream()
                .map(a -> new SitemapPage(a.path(), a.modifiedAt())).toList();
    }
}
