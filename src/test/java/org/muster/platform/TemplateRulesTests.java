package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every template and message follows, checked on the sources so a new page cannot break them. */
class TemplateRulesTests {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^<>]*>");
    private static final Pattern CONDITION = Pattern.compile("\\sth:(if|unless)=");
    /**
     * A number straight before a plural word ("{0} places", "{0} plaatsen", "{0} places restantes") reads "1
     * places" for one; a choice format does not. Plurals end in s in English, in en or s in Dutch, in s or x
     * in French; the words after a number that end so without being plurals are named.
     */
    private static final Map<String, Pattern> BARE_COUNTS = Map.of(
            "messages.properties", Pattern.compile("\\{\\d(,number[^}]*)?\\} ([a-z]+s)\\b"),
            "messages_nl.properties", Pattern.compile("\\{\\d(,number[^}]*)?\\} ([a-z\\u00e0-\\u00ff]+(en|s))\\b"),
            "messages_fr.properties", Pattern.compile("\\{\\d(,number[^}]*)?\\} ([a-z\\u00e0-\\u00ff]+[sx])\\b"));
    private static final Set<String> NOT_PLURALS = Set.of("is", "was", "has", "does", "its", "this",
            "en", "geen", "tegen", "binnen", "buiten", "boven", "beneden", "open", "gesloten", "geleden", "tussen", "zijn", "hebben",
            // Dutch verbs and words after an argument that names no count: "De tag {0} volgen", "tot {0} niets".
            "niets", "liggen", "bijwerken", "inwisselen", "ten", "volgen", "downloaden", "ben",
            "sous", "dans", "vers", "depuis", "plus", "mais", "pas", "puis", "alors", "chez", "parmi", "sans", "apr\u00e8s", "tr\u00e8s", "est",
            // "{0} vous a mentionné", and a subject only ever sent for several notifications.
            "vous", "nouvelles");

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

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nl.properties", "messages_fr.properties"})
    void countsInMessagesUseChoiceFormats(String bundle) throws IOException {
        var messages = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        var found = new ArrayList<String>();
        for (var key : messages.stringPropertyNames()) {
            var counts = BARE_COUNTS.get(bundle).matcher(withoutChoices(messages.getProperty(key)));
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
