package org.muster.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every template and message follows, checked on the sources so a new page cannot break them. */
class TemplateRulesTests {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");
    private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless)=");
    /** A number straight before a plural word ("{0} places") reads "1 places" for one; a choice format does not. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d(,number[^}]*)?\\} ([a-z]+s)\\b");
    private static final Set<String> NOT_PLURALS = Set.of("is", "was", "has", "does", "its", "this");

    @Test
    void noElementLoopsAndTestsAtOnce() throws IOException {
        // th:each runs before th:if, so a condition meant to guard the loop is read once per item, too late.
        var found = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var tags = TAG.matcher(Files.readString(file));
                while (tags.find())
                    if (tags.group().contains("th:each=") && CONDITION.matcher(tags.group()).find())
                        found.add(file + ": " + tags.group().replaceAll("\\s+", " "));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void countsInMessagesUseChoiceFormats() throws IOException {
        var messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        var found = new ArrayList<String>();
        for (var key : messages.stringPropertyNames()) {
            var counts = BARE_COUNT.matcher(withoutChoices(messages.getProperty(key)));
            while (counts.find())
                if (!NOT_PLURALS.contains(counts.group(2))) found.add(key + ": " + counts.group());
        }
        assertThat(found).isEmpty();
    }

    @Test
    void oneIsSingular() throws IOException {
        var messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        var english = java.util.Locale.ENGLISH;
        assertThat(new java.text.MessageFormat(messages.getProperty("missions.places"), english).format(new Object[]{1, 0}))
                .isEqualTo("1 place left, 0 waiting");
        assertThat(new java.text.MessageFormat(messages.getProperty("missions.lottery.open"), english).format(new Object[]{"Monday", 1}))
                .isEqualTo("Draw after Monday: 1 entry so far.");
        assertThat(new java.text.MessageFormat(messages.getProperty("rewards.cost"), english).format(new Object[]{1500}))
                .isEqualTo("1,500 points");
    }

    /** The message with its {n,choice,…} formats (which may nest placeholders) taken out. */
    private static String withoutChoices(String message) {
        var out = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            var choice = Pattern.compile("\\{\\d,choice,").matcher(message);
            if (!choice.find(i)) {
                out.append(message, i, message.length());
                break;
            }
            out.append(message, i, choice.start());
            int depth = 0, j = choice.start();
            do {
                if (message.charAt(j) == '{') depth++;
                else if (message.charAt(j) == '}') depth--;
                j++;
            } while (depth > 0 && j < message.length());
            i = j;
        }
        return out.toString();
    }
}
