package org.muster.moderation;

import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Naive Bayes over the words of posts moderators judged: spam (deleted or hidden as spam) or not
 * (approved from the queue). It says nothing until it has seen enough of both.
 */
@Component
class SpamClassifier {

    static final int MIN_DECISIONS = 20;
    private static final int MAX_WORDS = 400;
    // Words of three characters or more: shorter ones ("a", "to", "my") say nothing about spam.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'._-]{2,29}");

    private final SpamRepository spam;

    SpamClassifier(SpamRepository spam) {
        this.spam = spam;
    }

    /** The probability that the text is spam, or empty while the classifier has too few decisions. */
    java.util.OptionalDouble probability(String text) {
        int[] decisions = spam.decisions();
        if (decisions[0] < MIN_DECISIONS || decisions[1] < MIN_DECISIONS) return java.util.OptionalDouble.empty();
        var words = words(text);
        var counts = spam.counts(words);
        double logOdds = Math.log((double) decisions[0] / decisions[1]);
        for (var word : words) {
            var c = counts.get(word);
            if (c == null) continue;
            double inSpam = (c.spam() + 1.0) / (decisions[0] + 2.0);
            double inHam = (c.ham() + 1.0) / (decisions[1] + 2.0);
            logOdds += Math.log(inSpam / inHam);
        }
        return java.util.OptionalDouble.of(1 / (1 + Math.exp(-logOdds)));
    }

    void learn(long reviewId, String text, boolean isSpam) {
        spam.learn(reviewId, isSpam, words(text));
    }

    static Set<String> words(String text) {
        var words = new LinkedHashSet<String>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find() && words.size() < MAX_WORDS) words.add(matcher.group());
        return words;
    }
}
