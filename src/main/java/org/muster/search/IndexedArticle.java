package org.muster.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.muster.knowledge.Article;
import org.muster.platform.Markdown;

/**
 * How a knowledge article sits in the index beside the questions: the same title, body, tag, space and
 * vector fields, so that one ranking orders both, and its own key field in place of a question's id, so
 * that what reads only questions (related questions, routing's earlier questions) leaves it out.
 */
final class IndexedArticle {

    static final String ARTICLE = "article";

    /**
     * An article is staff's curated answer to what was asked again and again: it ranks a little above a
     * solved, validated, well-voted question of the same relevance, still gently (see
     * {@link IndexedQuestion#quality}).
     */
    static final float QUALITY = 1.35f;

    private IndexedArticle() {
    }

    static Term key(long articleId) {
        return new Term(ARTICLE, Long.toString(articleId));
    }

    /** Every article, for leaving them out where only questions are wanted. */
    static Query any() {
        return new FieldExistsQuery(ARTICLE);
    }

    static String text(Article article) {
        return Markdown.plainText(article.bodyHtml());
    }

    static Document document(Article article, float[] vector, String language) {
        var analyzer = IndexedQuestion.analyzer(language);
        var doc = new Document();
        var text = text(article);
        doc.add(IndexedQuestion.languageOf(language));
        doc.add(new KeywordField(ARTICLE, Long.toString(article.id()), Field.Store.YES));
        doc.add(new KeywordField(IndexedQuestion.SPACE, Long.toString(article.spaceId()), Field.Store.YES));
        doc.add(IndexedQuestion.shown(IndexedQuestion.TITLE, article.title(), analyzer));
        IndexedQuestion.body(text, analyzer).forEach(doc::add);
        for (var tag : article.tags()) {
            doc.add(new IndexedQuestion.InLanguage(IndexedQuestion.TAGS, tag.replace('-', ' '), TextField.TYPE_NOT_STORED, analyzer));
            doc.add(new KeywordField(IndexedQuestion.TAG, tag, Field.Store.YES));
        }
        doc.add(new LongField(IndexedQuestion.CREATED, article.modifiedAt().toEpochMilli(), Field.Store.YES));
        doc.add(new FloatDocValuesField(IndexedQuestion.QUALITY, QUALITY));
        if (vector != null) doc.add(new KnnFloatVectorField(IndexedQuestion.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }
}
