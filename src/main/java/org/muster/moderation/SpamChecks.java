package org.muster.moderation;

import org.muster.accounts.Standing;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The spam score of a post, from 0 to 1: rule-based signals (link density, text repeated across
 * posts, a new account posting links, phrases admins listed) and the classifier, combined so that
 * each independent signal raises the score (1 - product of (1 - s)).
 */
@Component
class SpamChecks {

    record Verdict(double score, List<String> signals) {
    }

    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.|<a\\s|\\]\\(");
    private static final int REPEAT_MIN_WORDS = 8;
    private static final Pattern IMAGE = Pattern.compile("(?i)!\\[[^]]*]\\(|<img\\s");

    private final SpamRepository spam;
    private final SettingsRepository settings;
    private final SpamClassifier classifier;

    SpamChecks(SpamRepository spam, SettingsRepository settings, SpamClassifier classifier) {
        this.spam = spam;
        this.settings = settings;
        this.classifier = classifier;
    }

    Verdict check(Standing author, String text) {
        var signals = new ArrayList<String>();
        var scores = new ArrayList<Double>();
        int links = links(text);
        int words = Math.max(1, text.split("\\s+").length);
        if (links >= 3 && links * 100.0 / words > 5) add(signals, scores, "link-density", 0.5);
        else if (links >= 2 && links * 100.0 / words > 2) add(signals, scores, "link-density", 0.3);
        // Short texts ("thanks, that worked") are said again and again by honest members.
        int[] repeats = words >= REPEAT_MIN_WORDS ? spam.repeats(fingerprint(text), author.memberId()) : new int[2];
        if (repeats[1] > 0) add(signals, scores, "repeated-text", 0.6);
        else if (repeats[0] > 0) add(signals, scores, "repeated-text", 0.5);
        boolean newAccount = author.createdAt().isAfter(Instant.now().minus(Duration.ofDays(1))) || author.effectiveTrust() == 0;
        if (newAccount && links > 0) add(signals, scores, "new-account-links", 0.4);
        var lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (var phrase : settings.phrases())
            if (lower.contains(phrase)) add(signals, scores, "phrase:" + phrase, 0.5);
        var probability = classifier.probability(text);
        if (probability.isPresent() && probability.getAsDouble() > 0.5)
            add(signals, scores, "classifier:" + Math.round(probability.getAsDouble() * 100) + "%",
                    (probability.getAsDouble() - 0.5) * 1.8);
        double keep = 1;
        for (var score : scores) keep *= 1 - score;
        return new Verdict(1 - keep, signals);
    }

    void remember(String text, long memberId) {
        spam.fingerprint(fingerprint(text), memberId);
    }

    static int links(String text) {
        var matcher = LINK.matcher(text);
        int count = 0;
        while (matcher.find()) count++;
        return count;
    }

    static boolean hasImage(String text) {
        return IMAGE.matcher(text).find();
    }

    /** Same words in the same order, whatever the case, spacing, punctuation or numbers. */
    static byte[] fingerprint(String text) {
        var normalized = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<String> signals, List<Double> scores, String signal, double score) {
        signals.add(signal);
        scores.add(Math.min(0.95, score));
    }
}
