package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Articles as search indexes them: by id, or in id order for a rebuild. No authorization: derived data,
 * whose reader checks what it shows against {@link #spaces} and the spaces its reader may see.
 */
@Service
@NamedInterface("api")
public class ArticleDocuments {

    private final ArticleRepository articles;

    ArticleDocuments(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The articles with these ids; ids of nothing are skipped. */
    @Transactional(readOnly = true)
    public List<Article> byIds(Collection<Long> ids) {
        return articles.byIds(ids);
    }

    /** Up to {@code limit} articles with ids above {@code afterId}, in id order. */
    @Transactional(readOnly = true)
    public List<Article> batchAfter(long afterId, int limit) {
        return articles.listAfter(afterId, limit);
    }

    /** The space of each of these articles as the database holds it now. */
    @Transactional(readOnly = true)
    public Map<Long, Long> spaces(Collection<Long> ids) {
        return articles.byIds(ids).stream().collect(Collectors.toMap(Article::id, Article::spaceId));
    }

    @Transactional(readOnly = true)
    public long count() {
        return articles.count();
    }
}
