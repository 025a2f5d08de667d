package org.muster.search;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Titles and snippets of results as escaped HTML, the words that matched in {@code <mark>}. */
final class Snippets {

    private static final int SNIPPET_CHARS = 240;
    /** How far into a body a snippet is looked for. */
    private static final int SNIPPET_SOURCE_CHARS = 2000;

    private Snippets() {
    }

    /**
     * Per document, its title and snippet; plain (escaped) text where nothing matched or there are no
     * words to mark. {@code marked} is what to mark: the search's words, as a query on title and body.
     * The titles and bodies are those already read from the index for the page, so that no document
     * is read twice.
     */
    static String[][] of(IndexSearcher searcher, Query marked, int[] docs, String[] titles, String[] bodies) {
        var result = new String[docs.length][2];
        String[] markedTitles = null, markedBodies = null;
        if (marked != null && docs.length > 0) {
            try {
                var highlighted = new Highlighter(searcher, docs, titles, bodies)
                        .highlightFields(new String[]{IndexedQuestion.TITLE, IndexedQuestion.BODY}, marked, docs, new int[]{1, 2});
                markedTitles = highlighted.get(IndexedQuestion.TITLE);
                markedBodies = highlighted.get(IndexedQuestion.BODY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (int i = 0; i < docs.length; i++) {
            result[i][0] = markedTitles != null && markedTitles[i] != null ? markedTitles[i] : HtmlUtils.htmlEscape(titles[i]);
            result[i][1] = markedBodies != null && markedBodies[i] != null ? markedBodies[i] : HtmlUtils.htmlEscape(start(bodies[i]));
        }
        return result;
    }

    /** Marks titles (whole) and bodies (their best two sentences) in one pass, from the text given. */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, CharSequence[]> texts = new HashMap<>();

        Highlighter(IndexSearcher searcher, int[] docs, String[] titles, String[] bodies) {
            super(UnifiedHighlighter.builder(searcher, IndexedQuestion.analyzer())
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(SNIPPET_SOURCE_CHARS)
                    .withWeightMatches(false));
            for (int i = 0; i < docs.length; i++) {
                var body = bodies[i] == null ? "" : bodies[i];
                texts.put(docs[i], new CharSequence[]{titles[i] == null ? "" : titles[i],
                        body.length() > SNIPPET_SOURCE_CHARS ? body.substring(0, SNIPPET_SOURCE_CHARS) : body});
            }
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return IndexedQuestion.TITLE.equals(field) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return IndexedQuestion.TITLE.equals(field) ? 1 : 0;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            var values = new ArrayList<CharSequence[]>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                var text = texts.get(doc);
                var row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) row[f] = text[IndexedQuestion.TITLE.equals(fields[f]) ? 0 : 1];
                values.add(row);
            }
            return values;
        }
    }

    private static String start(String body) {
        if (body == null) return "";
        if (body.length() <= SNIPPET_CHARS) return body;
        int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
        return body.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
    }
}
