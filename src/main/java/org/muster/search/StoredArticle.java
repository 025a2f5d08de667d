package org.muster.search;

import org.apache.lucene.search.IndexSearcher;
import org.muster.platform.Slugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** What the index stores of an article, enough to list it among questions. */
record StoredArticle(long id, String title, String body, List<String> tags, Instant modifiedAt) {

    String path() {
        return "/articles/" + id + "/" + Slugs.of(title);
    }

    /** The article this document is, or null when it is a question. */
    static StoredArticle read(IndexSearcher searcher, int doc) {
        try {
            var d = searcher.storedFields().document(doc);
            var id = d.get(IndexedArticle.ARTICLE);
            if (id == null) return null;
            return new StoredArticle(Long.parseLong(id), d.get(IndexedQuestion.TITLE), d.get(IndexedQuestion.BODY),
                    List.of(d.getValues(IndexedQuestion.TAG)),
                    Instant.ofEpochMilli(d.getField(IndexedQuestion.CREATED).numericValue().longValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
