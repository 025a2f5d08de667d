package org.muster.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lucene queries for BM25 from a reader's words, analyzed as the index is; never Lucene's query syntax.
 * A reader's few words do not tell their language, so they are analyzed in each of the index's languages
 * and each analysis matches only the posts of its language: an English post meets exactly the English
 * query it always met, and a French post meets the French stems of the same words.
 */
final class TextQueries {

    /** Enough of a long question to find its duplicates; more terms cost time and add noise. */
    private static final int SIMILAR_TERMS = 64;
    private static final float FUZZY_WEIGHT = 0.3f;

    static {
        // Three languages' analyses of a long question's terms across six fields are more clauses than
        // Lucene's default of 1,024 allows in one query (64 terms make 1,152), and a search of 80 words
        // with near spellings nearly 2,000.
        IndexSearcher.setMaxClauseCount(4096);
    }

    private TextQueries() {
    }

    /** Any of the words of a question being asked, title first: for similar questions. Null when none is left. */
    static Query similarTo(String title, String body) {
        return inEachLanguage(analyzer -> similarTo(title, body, analyzer));
    }

    private static Query similarTo(String title, String body, Analyzer analyzer) {
        var terms = new LinkedHashSet<String>(terms(title, analyzer));
        for (var term : terms(body, analyzer)) {
            if (terms.size() >= SIMILAR_TERMS) break;
            terms.add(term);
        }
        if (terms.isEmpty()) return null;
        var query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(acrossFields(term, false), Occur.SHOULD));
        return query.build();
    }

    /**
     * The words and phrases of a search: phrases must all match; words score, and most of them must
     * match. A longer word the index does not hold is taken as misspelt and matches its near
     * spellings; looking those up costs, so a word the index knows skips it. A number is never taken
     * as misspelt: a number a digit away (an error code, a model, an order) names something else.
     * Null when there is no text.
     */
    static Query forSearch(SearchQuery search, IndexReader reader) {
        return inEachLanguage(analyzer -> forSearch(search, reader, analyzer));
    }

    private static Query forSearch(SearchQuery search, IndexReader reader, Analyzer analyzer) {
        var words = new ArrayList<Query>();
        for (var word : search.words()) {
            for (var term : terms(word, analyzer)) words.add(acrossFields(term, term.length() >= 5 && !number(term) && unknown(reader, term)));
        }
        var phrases = search.phrases().stream().map(text -> phrase(text, analyzer)).filter(q -> q != null).toList();
        if (words.isEmpty() && phrases.isEmpty()) return null;
        var query = new BooleanQuery.Builder();
        words.forEach(q -> query.add(q, Occur.SHOULD));
        phrases.forEach(q -> query.add(q, Occur.MUST));
        if (!words.isEmpty()) query.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * 0.75));
        return query.build();
    }

    private static boolean number(String term) {
        return term.chars().allMatch(Character::isDigit);
    }

    private static boolean unknown(IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(IndexedQuestion.TITLE, term)) == 0 && reader.docFreq(new Term(IndexedQuestion.BODY, term)) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phrases of a search, each of which a result must contain. */
    static List<Query> phrases(SearchQuery search) {
        return search.phrases().stream().map(text -> inEachLanguage(analyzer -> phrase(text, analyzer))).filter(q -> q != null).toList();
    }

    /**
     * A query built from each language's analysis of the same words, each part matching the posts of its
     * language only; null when no language leaves a term.
     */
    private static Query inEachLanguage(Function<Analyzer, Query> build) {
        var query = new BooleanQuery.Builder();
        int parts = 0;
        for (var language : IndexedQuestion.ANALYZERS.entrySet()) {
            var part = build.apply(language.getValue());
            if (part == null) continue;
            query.add(new BooleanQuery.Builder().add(part, Occur.MUST)
                    .add(new TermQuery(new Term(IndexedQuestion.LANGUAGE, language.getKey())), Occur.FILTER).build(), Occur.SHOULD);
            parts++;
        }
        return parts == 0 ? null : query.build();
    }

    /**
     * What snippets mark: each word and phrase of a search, in titles and bodies, as each language stems
     * it (a snippet is of one post, whose words are of one language). Null when there are none.
     */
    static Query marked(SearchQuery search) {
        var marked = new BooleanQuery.Builder();
        int clauses = 0;
        var terms = new LinkedHashSet<String>();
        for (var word : search.words())
            for (var analyzer : IndexedQuestion.ANALYZERS.values()) terms.addAll(terms(word, analyzer));
        for (var term : terms) {
            marked.add(new TermQuery(new Term(IndexedQuestion.TITLE, term)), Occur.SHOULD);
            marked.add(new TermQuery(new Term(IndexedQuestion.BODY, term)), Occur.SHOULD);
            clauses++;
        }
        for (var phrase : phrases(search)) {
            marked.add(phrase, Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : marked.build();
    }

    /** What a search excludes with -word or -"a phrase": any field that contains it. */
    static List<Query> exclusions(SearchQuery search) {
        var excluded = new ArrayList<Query>();
        for (var text : search.excluded()) {
            var query = inEachLanguage(analyzer -> {
                var terms = terms(text, analyzer);
                if (terms.size() == 1) return acrossFields(terms.getFirst(), false);
                return terms.size() > 1 ? phrase(text, analyzer) : null;
            });
            if (query != null) excluded.add(query);
        }
        return excluded;
    }

    /** The terms of a text as the given language's analysis leaves them, as the index holds them. */
    static List<String> terms(String text, Analyzer analyzer) {
        var terms = new ArrayList<String>();
        if (text == null || text.isBlank()) return terms;
        try (var stream = analyzer.tokenStream(IndexedQuestion.BODY, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Query acrossFields(String term, boolean fuzzy) {
        var alternatives = new ArrayList<Query>();
        for (Map.Entry<String, Float> field : IndexedQuestion.TEXT_FIELDS.entrySet()) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()));
        }
        if (fuzzy) {
            int edits = term.length() >= 8 ? 2 : 1;
            for (var field : List.of(IndexedQuestion.TITLE, IndexedQuestion.BODY)) {
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, term), edits, 1), FUZZY_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static Query phrase(String text, Analyzer analyzer) {
        var alternatives = new ArrayList<Query>();
        for (var field : List.of(IndexedQuestion.TITLE, IndexedQuestion.BODY, IndexedQuestion.SOLUTION, IndexedQuestion.ANSWERS)) {
            var phrase = new PhraseQuery.Builder();
            int position = -1;
            int count = 0;
            try (var stream = analyzer.tokenStream(field, text)) {
                var term = stream.addAttribute(CharTermAttribute.class);
                var increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    position += increment.getPositionIncrement();
                    phrase.add(new Term(field, term.toString()), position);
                    count++;
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (count == 0) return null;
            alternatives.add(phrase.build());
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }
}
