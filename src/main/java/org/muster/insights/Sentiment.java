package org.muster.insights;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Lexicon-based, explainable sentiment: a post's score is the sum of the weights of the lexicon's words in
 * it ({@code insights/sentiment-lexicon.txt}), a negation word turning the next weighted word within three
 * words around ("not working" counts as the lexicon's "working", negative, under "not working").
 * Code blocks, inline code and links are left out: an error message quoted is no feeling.
 */
@Component
class Sentiment {

    /** How far after a negation word a weighted word is still turned around. */
    private static final int NEGATION_REACH = 3;
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody", "neither",
            "nor", "without", "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't",
            "won't", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", "hadn't", "ain't");
    private static final Pattern CODE_AND_LINKS = Pattern.compile("(?s)```.*?(```|$)|~~~.*?(~~~|$)|`[^`]*`|https?://\\S+");
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");

    /** A post's score and what each word of the lexicon added to it. */
    record Score(int total, Map<String, Word> words) {
    }

    /** How often a word (or "not word") occurred in a post and what it added in all. */
    record Word(int occurrences, int contribution) {
    }

    private final Map<String, Integer> lexicon;

    Sentiment() {
        this.lexicon = load("insights/sentiment-lexicon.txt");
    }

    Score score(String text) {
        var plain = CODE_AND_LINKS.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        var words = new TreeMap<String, Word>();
        int total = 0;
        int negatedUntil = -1;
        int position = 0;
        for (var matcher = WORD.matcher(plain); matcher.find(); position++) {
            var word = matcher.group();
            if (NEGATIONS.contains(word)) {
                negatedUntil = position + NEGATION_REACH;
                continue;
            }
            var weight = lexicon.get(word);
            if (weight == null) continue;
            boolean negated = position <= negatedUntil;
            negatedUntil = -1;
            int value = negated ? -weight : weight;
            words.merge(negated ? "not " + word : word, new Word(1, value),
                    (a, b) -> new Word(a.occurrences() + 1, a.contribution() + b.contribution()));
            total += value;
        }
        return new Score(total, words);
    }

    private static Map<String, Integer> load(String resource) {
        var lexicon = new HashMap<String, Integer>();
        try (var in = new ClassPathResource(resource).getInputStream()) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                var entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) continue;
                var parts = entry.split("\\s+");
                lexicon.put(parts[0], Integer.parseInt(parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(lexicon);
    }
}
