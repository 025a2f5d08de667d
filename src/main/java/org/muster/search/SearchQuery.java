package org.muster.search;

import org.muster.platform.InputText;
import org.muster.platform.Invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a member typed, read with the syntax of the help line: words, "a phrase", -word, -"a phrase",
 * tag:name, space:slug, author:name, is:solved, is:unsolved, is:unanswered. Anything else, including
 * Lucene's own syntax and a quote left open, is plain text.
 */
record SearchQuery(String raw, List<String> words, List<String> phrases, List<String> excluded,
                   List<String> tags, List<String> spaces, List<String> authors, Boolean solved, boolean unanswered) {

    static final int MAX_LENGTH = 500;

    static SearchQuery parse(String raw) {
        var text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_LENGTH) throw new Invalid("q", "search.query.too-long", MAX_LENGTH);
        var query = new Builder();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = text.charAt(i) == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = negated ? i + 1 : i;
            if (text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                if (close > start) {
                    query.phrase(text.substring(start + 1, close), negated);
                    i = close + 1;
                    continue;
                }
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            var token = text.substring(start, end);
            int colon = token.indexOf(':');
            if (!negated && colon > 0 && colon < token.length() - 1) {
                var value = token.substring(colon + 1);
                if (value.startsWith("\"")) { // author:"Jane Doe"
                    int close = text.indexOf('"', start + colon + 2);
                    if (close > 0) {
                        value = text.substring(start + colon + 2, close);
                        end = close + 1;
                    }
                }
                if (query.operator(token.substring(0, colon).toLowerCase(Locale.ROOT), value)) {
                    i = end;
                    continue;
                }
            }
            query.word(token.replace("\"", ""), negated);
            i = end;
        }
        return query.build(text);
    }

    /** The words a reader means, without operators: what BM25 and the embedding read. */
    String freeText() {
        var all = new ArrayList<String>(words);
        all.addAll(phrases);
        return String.join(" ", all);
    }

    boolean hasText() {
        return !InputText.isBlank(freeText());
    }

    private static final class Builder {
        final List<String> words = new ArrayList<>();
        final List<String> phrases = new ArrayList<>();
        final List<String> excluded = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<String> spaces = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        Boolean solved;
        boolean unanswered;

        void phrase(String phrase, boolean negated) {
            if (phrase.isBlank()) return;
            (negated ? excluded : phrases).add(phrase.strip());
        }

        void word(String word, boolean negated) {
            if (word.isBlank()) return;
            (negated ? excluded : words).add(word);
        }

        boolean operator(String name, String value) {
            switch (name) {
                case "tag" -> tags.add(value.toLowerCase(Locale.ROOT));
                case "space" -> spaces.add(value.toLowerCase(Locale.ROOT));
                case "author", "user" -> authors.add(value);
                case "is" -> {
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "solved" -> solved = true;
                        case "unsolved" -> solved = false;
                        case "unanswered" -> unanswered = true;
                        default -> {
                            return false;
                        }
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        SearchQuery build(String raw) {
            return new SearchQuery(raw, List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded),
                    List.copyOf(tags), List.copyOf(spaces), List.copyOf(authors), solved, unanswered);
        }
    }
}
