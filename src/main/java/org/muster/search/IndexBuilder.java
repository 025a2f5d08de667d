package org.muster.search;

import org.muster.knowledge.Article;
import org.muster.knowledge.ArticleDocuments;
import org.muster.platform.EventLog;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/** Writes questions into this node's index: a few by id as they change, a space after an import, or all. */
@Component
class IndexBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
    private static final int BATCH = 256;

    private final SearchIndex index;
    private final QuestionDocuments questions;
    private final Embeddings embeddings;
    private final PostLanguages languages;
    private final EventLog feed;
    private final ArticleDocuments articles;
    private final Embedder embedder;

    IndexBuilder(SearchIndex index, QuestionDocuments questions, Embeddings embeddings, PostLanguages languages, EventLog feed,
                 ArticleDocuments articles, Embedder embedder) {
        this.articles = articles;
        this.embedder = embedder;
        this.index = index;
        this.languages = languages;
        this.questions = questions;
        this.embeddings = embeddings;
        this.feed = feed;
    }

    /**
     * Brings these questions up to date: changed ones rewritten, deleted or vanished ones dropped. One
     * question that cannot be read or indexed is logged and left out; the others are still written.
     */
    void reindex(Collection<Long> questionIds) {
        aloneOnFailure(List.copyOf(questionIds), this::reindexTogether, id -> id);
    }

    private void reindexTogether(List<Long> questionIds) {
        var documents = questions.byIds(questionIds);
        var seen = new HashSet<Long>();
        for (var document : documents) {
            seen.add(document.id());
            if (document.deleted()) index.remove(document.id());
        }
        putTogether(documents.stream().filter(d -> !d.deleted()).toList());
        questionIds.stream().filter(id -> !seen.contains(id)).forEach(index::remove);
    }

    /** Brings these articles up to date; one that cannot be indexed is logged and left out, as a question is. */
    void reindexArticles(Collection<Long> articleIds) {
        aloneOnFailure(List.copyOf(articleIds), ids -> {
            var found = articles.byIds(ids);
            putArticles(found);
            var seen = found.stream().map(Article::id).collect(java.util.stream.Collectors.toSet());
            ids.stream().filter(id -> !seen.contains(id)).forEach(id -> index.remove(IndexedArticle.key(id)));
        }, id -> "article " + id);
    }

    /** Articles are few beside questions and change seldom: their vectors are computed as they are written. */
    private void putArticles(List<Article> batch) {
        var vectors = embedder.embedAll(batch.stream().map(a -> Embedder.input(a.title(), IndexedArticle.text(a))).toList());
        for (int i = 0; i < batch.size(); i++) {
            var article = batch.get(i);
            var language = languages.of(article.title() + "\n" + IndexedArticle.text(article));
            index.put(IndexedArticle.key(article.id()), IndexedArticle.document(article, vectors.get(i), language));
        }
    }

    /** Every live question of a space, e.g. after an import. */
    void reindexSpace(long spaceId) {
        write(spaceId, done -> {
        });
    }

    /**
     * Replaces the whole index with what PostgreSQL holds. Searches keep the previous state until it
     * is done, and the follower resumes from a position taken before the first read, so a change made
     * meanwhile is applied again rather than missed.
     */
    synchronized long rebuild(LongConsumer progress) {
        index.open();
        var position = feed.head();
        index.clear();
        var count = write(null, progress);
        long after = 0;
        for (var batch = articles.batchAfter(after, BATCH); !batch.isEmpty(); batch = articles.batchAfter(after, BATCH)) {
            aloneOnFailure(batch, this::putArticles, article -> "article " + article.id());
            after = batch.getLast().id();
        }
        index.commit(position);
        index.refresh();
        return count;
    }

    long total() {
        return questions.count();
    }

    private void putTogether(List<QuestionDocument> documents) {
        if (documents.isEmpty()) return;
        var vectors = embeddings.of(documents);
        for (var document : documents) {
            index.put(document.id(), IndexedQuestion.document(document, vectors.get(document.id()), languages.of(document)));
        }
    }

    /**
     * Applies the action to the batch and, when that fails, to each item on its own, so that one
     * question that cannot be indexed is logged and left out instead of keeping its neighbours out too.
     * A failure of the database, of its transactions or of the index itself (a stopping node closes
     * both) is not the questions' fault: it is thrown, and the caller tries the batch again later.
     */
    static <T> void aloneOnFailure(List<T> batch, Consumer<List<T>> action, Function<T, Object> questionId) {
        try {
            action.accept(batch);
        } catch (DataAccessException | TransactionException | UncheckedIOException | SearchIndex.Closed e) {
            throw e;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                LOG.error("Question {} cannot be indexed; left out of search until it changes", questionId.apply(batch.getFirst()), e);
                return;
            }
            batch.forEach(item -> aloneOnFailure(List.of(item), action, questionId));
        }
    }

    private long write(Long spaceId, LongConsumer progress) {
        long after = 0;
        long count = 0;
        while (true) {
            var batch = questions.batchAfter(after, spaceId, BATCH);
            if (batch.isEmpty()) return count;
            aloneOnFailure(batch, this::putTogether, QuestionDocument::id);
            after = batch.getLast().id();
            count += batch.size();
            progress.accept(count);
        }
    }
}
