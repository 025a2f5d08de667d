package org.muster.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language says everything English says, and in the same shape: the same keys, the same
 * arguments in each message, choice formats with the same limits, and apostrophes written as
 * MessageFormat reads them, so a translation can neither fall back to English nor break a message.
 */
public class MessageBundleTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr"})
    void hasEveryKeyOfTheEnglishBundleAndNoOther(String language) throws IOException {
        var english = bundle("messages.properties");
        var translated = bundle("messages_" + language + ".properties");
        var missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        var extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys missing in " + language).isEmpty();
        assertThat(extra).as("keys only in " + language).isEmpty();
        var empty = translated.stringPropertyNames().stream()
                .filter(key -> translated.getProperty(key).isBlank() && !english.getProperty(key, "").isBlank()).sorted().toList();
        assertThat(empty).as("empty translations in " + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr"})
    void takesTheSameArgumentsAndChoicesAsEnglish(String language) throws IOException {
        var english = bundle("messages.properties");
        var translated = bundle("messages_" + language + ".properties");
        var differ = new ArrayList<String>();
        for (var key : new TreeSet<>(english.stringPropertyNames())) {
            var theirs = translated.getProperty(key);
            if (theirs == null) continue;
            var ours = english.getProperty(key);
            if (!arguments(ours).equals(arguments(theirs)))
                differ.add(key + ": arguments " + arguments(ours) + " in English, " + arguments(theirs) + " in " + language);
            else if (!choices(theirs).entrySet().containsAll(choices(ours).entrySet()))
                differ.add(key + ": choices " + choices(ours) + " in English, " + choices(theirs) + " in " + language);
        }
        assertThat(differ).isEmpty();
    }

    /** With arguments a message goes through MessageFormat, where a lone ' starts a quote; without, it is shown as written. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nl.properties", "messages_fr.properties"})
    void writesApostrophesAsItsMessagesAreRead(String file) throws IOException {
        var messages = bundle(file);
        var wrong = new ArrayList<String>();
        for (var key : new TreeSet<>(messages.stringPropertyNames())) {
            var message = messages.getProperty(key);
            boolean formatted = ARGUMENT.matcher(message).find();
            var unpaired = message.replace("''", "");
            if (formatted && unpaired.contains("'")) wrong.add(key + " (has arguments, so ' must be written ''): " + message);
            if (!formatted && message.contains("''")) wrong.add(key + " (has no arguments, so '' shows twice): " + message);
        }
        assertThat(wrong).isEmpty();
    }

    /** The argument indices a message uses, at any depth (inside choices too). */
    private static TreeSet<Integer> arguments(String message) {
        var found = new TreeSet<Integer>();
        var matcher = ARGUMENT.matcher(message);
        while (matcher.find()) found.add(Integer.parseInt(matcher.group(1)));
        return found;
    }

    /**
     * Per argument, the limits of its choice format: the counts English tells apart must be told apart in
     * every language. A language may choose where English need not (French agrees "1 acceptée", "2 acceptées").
     */
    private static java.util.Map<Integer, String> choices(String message) {
        if (!ARGUMENT.matcher(message).find()) return java.util.Map.of();
        Object[] formats;
        try {
            formats = new MessageFormat(message, Locale.ROOT).getFormatsByArgumentIndex();
        } catch (IllegalArgumentException unreadable) {
            return java.util.Map.of(-1, "unreadable: " + unreadable.getMessage());
        }
        var out = new java.util.TreeMap<Integer, String>();
        for (int i = 0; i < formats.length; i++)
            if (formats[i] instanceof ChoiceFormat choice) out.put(i, Arrays.toString(choice.getLimits()));
        return out;
    }

    /** A bundle as Muster reads it, from the class path. */
    public static Properties bundle(String file) throws IOException {
        var messages = new Properties();
        try (var stream = MessageBundleTests.class.getResourceAsStream("/" + file)) {
            if (stream == null) throw new IOException("No " + file + " on the class path");
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                messages.load(in);
            }
        }
        return messages;
    }
}
