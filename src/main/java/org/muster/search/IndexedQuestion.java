package org.muster.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.muster.qa.QuestionDocument;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a question is laid out in the Lucene index: its fields, their analysis and its quality signal. */
final class IndexedQuestion {

    static final String ID = "id";
    static final String SPACE = "space";
    static final String AUTHOR = "author";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String TAG = "tag";
    static final String FIELDS = "fields";
    static final String SOLUTION = "solution";
    static final String ANSWERS = "answers";
    static final String SOLVED = "solved";
    static final String ANSWERED = "answered";
    static final String CREATED = "created";
    static final String QUALITY = "quality";
    static final String VECTOR = "vector";
    static final String ANSWER_COUNT = "answer_count";
    static final String SCORE = "score";
    /** The language the post's words were analyzed in ({@link PostLanguages}); queries match each language's words in its own posts. */
    static final String LANGUAGE = "language";

    static final String YES = "yes";
    static final String NO = "no";

    /** The words searched, with their weight in BM25 ranking. */
    static final java.util.Map<String, Float> TEXT_FIELDS = java.util.Map.of(
            TITLE, 3.0f, TAGS, 2.0f, BODY, 1.0f, FIELDS, 1.0f, SOLUTION, 1.2f, ANSWERS, 0.5f);

    /** Body text kept for snippets; a snippet never needs the tail of a long post. */
    private static final int STORED_BODY_CHARS = 4000;

    private IndexedQuestion() {
    }

    /** Title and body: stored, with offsets in the postings so that snippets need no second analysis. */
    private static final FieldType SHOWN = withOffsets(TextField.TYPE_STORED);
    /** The rest of a long body: searched like the start, not stored. */
    private static final FieldType SEARCHED_ONLY = withOffsets(TextField.TYPE_NOT_STORED);

    private static FieldType withOffsets(FieldType base) {
        var type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** English analysis (stemming, stop words); one instance, as Lucene reuses its components per thread. */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    /**
     * Each language's stemming and stop words. French stems lightly (chaussures and chaussure, fermenter and
     * fermentation meet), Dutch with Snowball (bieren and bier, gisten and gist). A language without an
     * analyzer here is indexed as English.
     */
    static final Map<String, Analyzer> ANALYZERS = Map.of("en", ANALYZER, "nl", new DutchAnalyzer(), "fr", new FrenchAnalyzer());

    static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The field that says which language's words a document's text fields hold. */
    static KeywordField languageOf(String language) {
        return new KeywordField(LANGUAGE, ANALYZERS.containsKey(language) ? language : "en", Field.Store.YES);
    }

    static Analyzer analyzer(String language) {
        return ANALYZERS.getOrDefault(language, ANALYZER);
    }

    /**
     * How an index of questions is written: vectors in an HNSW graph over 8-bit quantized copies (four
     * times less to read per comparison; the float vectors stay stored for exact scoring).
     */
    static IndexWriterConfig writerConfig() {
        var config = new IndexWriterConfig(ANALYZER);
        config.setCodec(new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return VECTORS;
            }
        });
        return config;
    }

    private static final KnnVectorsFormat VECTORS = new Lucene104HnswScalarQuantizedVectorsFormat();

    static Term key(long questionId) {
        return new Term(ID, Long.toString(questionId));
    }

    static Document document(QuestionDocument q, float[] vector, String language) {
        var analyzer = analyzer(language);
        var doc = new Document();
        doc.add(languageOf(language));
        doc.add(new KeywordField(ID, Long.toString(q.id()), Field.Store.YES));
        doc.add(new KeywordField(SPACE, Long.toString(q.spaceId()), Field.Store.YES));
        if (q.authorName() != null) doc.add(new KeywordField(AUTHOR, authorKey(q.authorName()), Field.Store.NO));
        doc.add(shown(TITLE, q.title(), analyzer));
        body(q.text(), analyzer).forEach(doc::add);
        doc.add(new InLanguage(FIELDS, String.join("\n", q.fields().values()), TextField.TYPE_NOT_STORED, analyzer));
        doc.add(new InLanguage(SOLUTION, q.solutionText(), TextField.TYPE_NOT_STORED, analyzer));
        doc.add(new InLanguage(ANSWERS, q.answersText(), TextField.TYPE_NOT_STORED, analyzer));
        for (var tag : q.tags()) {
            doc.add(new InLanguage(TAGS, tag.replace('-', ' '), TextField.TYPE_NOT_STORED, analyzer));
            doc.add(new KeywordField(TAG, tag, Field.Store.YES));
        }
        doc.add(new KeywordField(SOLVED, q.solved() || q.validated() ? YES : NO, Field.Store.YES));
        doc.add(new KeywordField(ANSWERED, q.answerCount() > 0 ? YES : NO, Field.Store.NO));
        doc.add(new LongField(CREATED, q.createdAt().toEpochMilli(), Field.Store.YES));
        doc.add(new StoredField(ANSWER_COUNT, q.answerCount()));
        doc.add(new StoredField(SCORE, q.score()));
        doc.add(new FloatDocValuesField(QUALITY, quality(q)));
        // A question with nothing visible to embed is found by its words alone.
        if (vector != null) doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /**
     * A multiplier on relevance: a solved question, a staff-validated answer and a well-voted question
     * are likelier to end a reader's search. Kept gentle so that it orders near-ties, not topics.
     */
    static float quality(QuestionDocument q) {
        var quality = 1.0;
        if (q.solved()) quality += 0.15;
        if (q.validated()) quality += 0.10;
        quality += 0.05 * Math.log1p(Math.max(0, q.score()));
        if (q.closed()) quality -= 0.10;
        return (float) quality;
    }

    /** How an author is named in a query: case and spaces do not matter, {@code author:janedoe}. */
    static String authorKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** A field stored for showing, with offsets for snippets, analysed in its post's language. */
    static Field shown(String name, String text, Analyzer analyzer) {
        return new InLanguage(name, text, SHOWN, analyzer);
    }

    /** The body's fields: its start stored for snippets, the rest of a long one searched only. */
    static List<Field> body(String text, Analyzer analyzer) {
        var start = new InLanguage(BODY, stored(text), SHOWN, analyzer);
        if (text.length() <= STORED_BODY_CHARS) return List.of(start);
        return List.of(start, new InLanguage(BODY, text.substring(STORED_BODY_CHARS), SEARCHED_ONLY, analyzer));
    }

    /** A text field analysed in its post's language rather than by the index writer's analyzer. */
    static final class InLanguage extends Field {

        private final Analyzer analyzer;

        InLanguage(String name, String value, FieldType type, Analyzer analyzer) {
            super(name, value, type);
            this.analyzer = analyzer;
        }

        @Override
        public TokenStream tokenStream(Analyzer writers, TokenStream reuse) {
            return analyzer.tokenStream(name(), stringValue());
        }
    }

    private static String stored(String text) {
        return text.length() > STORED_BODY_CHARS ? text.substring(0, STORED_BODY_CHARS) : text;
    }
}
