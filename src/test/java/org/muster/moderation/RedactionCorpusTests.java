package org.muster.moderation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The redaction corpus: realistic leaked secrets and personal data that must each be found as their
 * kind, and look-alikes (order numbers, versions, commit hashes, private addresses) that must not be.
 */
class RedactionCorpusTests {

    private final Redactor redactor = new Redactor();

    @Test
    void findsEveryLeakAsItsKindAndFlagsNoLookAlike() throws IOException {
        var missed = new ArrayList<String>();
        var wrong = new ArrayList<String>();
        var leaks = lines("leaks.tsv");
        for (var line : leaks) {
            var kind = line.substring(0, line.indexOf('\t'));
            var text = line.substring(line.indexOf('\t') + 1).replace("\\n", "\n");
            var findings = redactor.find(text);
            if (findings.stream().noneMatch(f -> f.kind().equals(kind))) missed.add(line);
            else if (findings.size() != 1) wrong.add(line + " -> " + findings);
        }
        var falseAlarms = new ArrayList<String>();
        var lookAlikes = lines("lookalikes.tsv");
        for (var text : lookAlikes) {
            var findings = redactor.find(text);
            if (!findings.isEmpty()) falseAlarms.add(text + " -> " + findings);
        }
        System.out.printf("Redaction corpus: %d leaks, found %d, missed %d, extra findings in %d; %d look-alikes, false alarms %d%n",
                leaks.size(), leaks.size() - missed.size(), missed.size(), wrong.size(), lookAlikes.size(), falseAlarms.size());
        assertThat(missed).as("missed leaks").isEmpty();
        assertThat(wrong).as("leaks with more than their one finding").isEmpty();
        assertThat(falseAlarms).as("look-alikes flagged").isEmpty();
    }

    @Test
    void maskingLeavesNothingToFindAndKeepsTheRest() throws IOException {
        for (var line : lines("leaks.tsv")) {
            var text = line.substring(line.indexOf('\t') + 1).replace("\\n", "\n");
            var masked = redactor.mask(text);
            assertThat(redactor.find(masked)).as(masked).isEmpty();
            assertThat(masked).contains("[redacted ");
            assertThat(redactor.mask(masked)).isEqualTo(masked);
        }
        assertThat(redactor.mask("postgres://app:Secr3tPw@db.acme.io/prod"))
                .isEqualTo("postgres://app:[redacted password]@db.acme.io/prod");
    }

    private static List<String> lines(String name) throws IOException {
        try (var in = Objects.requireNonNull(RedactionCorpusTests.class.getResourceAsStream("/redaction/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
