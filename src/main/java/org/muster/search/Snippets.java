package org.muster.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

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
     */
    static String[][] of(IndexSearcher searcher, Query marked, int[] docs, String[] titles, String[] bodies) {
        var result = new String[docs.length][2];
        String[] markedTitles = null, markedBodies = null;
        if (marked != null && docs.length > 0) {
            try {
                markedTitles = highlighter(searcher, true).highlightFields(new String[]{IndexedQuestion.TITLE}, marked, docs, new int[]{1}).get(IndexedQuestion.TITLE);
                markedBodies = highlighter(searcher, false).highlightFields(new String[]{IndexedQuestion.BODY}, marked, docs, new int[]{2}).get(IndexedQuestion.BODY);
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

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole) {
        var builder = UnifiedHighlighter.builder(searcher, IndexedQuestion.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(whole ? 1 : 0)
                .withMaxLength(SNIPPET_SOURCE_CHARS)
                .withWeightMatches(false);
        builder.withBreakIterator(whole ? WholeBreakIterator::new : () -> BreakIterator.getSentenceInstance(Locale.ROOT));
        return builder.build();
    }

    private static String start(String body) {
        if (body == null) return "";
        if (body.length() <= SNIPPET_CHARS) return body;
        int cut = body.lastIndexOf(' ', SNIPPET_CHARS);
        return body.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
    }
}
