package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.qa.ThreadArticles;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;

/** "Now documented in …" under a question: the articles written from it that the reader may see. */
@Component
class ArticleThreads implements ThreadArticles {

    private final ArticleRepository articles;
    private final SpaceService spaces;

    ArticleThreads(ArticleRepository articles, SpaceService spaces) {
        this.articles = articles;
        this.spaces = spaces;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ThreadArticle> documenting(Actor actor, long questionId) {
        var documenting = articles.listDocumenting(questionId);
        if (documenting.isEmpty()) return List.of();
        var visible = new HashSet<>(spaces.visibleSpaceIds(actor));
        return documenting.stream().filter(a -> visible.contains(a.spaceId()))
                .map(a -> new ThreadArticle(a.id(), a.title(), a.path())).toList();
    }
}
