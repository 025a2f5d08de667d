package org.muster.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short, extractive summary of a help-room conversation: the helper's sentences that share the most
 * words with what the asker wrote (the ones that answer it), at most two, in the order they were said.
 */
final class RoomSummaries {

    static final int MAX_LENGTH = 280;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");

    private RoomSummaries() {
    }

    static String of(List<String> askerTexts, List<String> helperTexts) {
        var asked = words(String.join(" ", askerTexts));
        var sentences = new ArrayList<String>();
        for (var text : helperTexts)
            for (var sentence : SENTENCE_END.split(text.strip())) if (!sentence.isBlank()) sentences.add(sentence.strip());
        if (sentences.isEmpty()) return "";
        var ranked = new ArrayList<Integer>();
        for (int i = 0; i < sentences.size(); i++) ranked.add(i);
        ranked.sort(Comparator.comparingInt((Integer i) -> -overlap(asked, sentences.get(i))).thenComparingInt(i -> i));
        var chosen = ranked.subList(0, Math.min(2, ranked.size())).stream().sorted().map(sentences::get).toList();
        return shorten(String.join(" ", chosen));
    }

    private static int overlap(Set<String> asked, String sentence) {
        var shared = words(sentence);
        shared.retainAll(asked);
        return shared.size();
    }

    private static Set<String> words(String text) {
        var found = new HashSet<String>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) found.add(matcher.group());
        return found;
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_LENGTH) return text;
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
    }
}
