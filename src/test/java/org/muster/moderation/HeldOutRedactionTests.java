package org.muster.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.muster.qa.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redaction measured on a corpus it was never tuned on ({@code redaction/held-out}): how many leaks are
 * found as their kind (recall) and how many look-alikes are flagged (false alarms).
 */
class HeldOutRedactionTests {

    private final Redactor redactor = new Redactor();

    /**
     * Each batch was written before it was first measured, and must pass on its own. First measurements:
     * batch 1 recall 94.4 %, false alarms 2.8 % (then fixed: IBANs before cards, prefixed setting names,
     * dates, versions); batch 2 recall 96.0 %, false alarms 3.7 % (then fixed: IP before phone, dates
     * inside groupings, unbroken national digit runs, documentation domains); batch 3 recall 95.0 %, false
     * alarms 3.9 % (then fixed: "#" only right before digits, carriers' names before parcel numbers,
     * placeholders in parentheses); batch 4 recall 87.0 %, false alarms 3.0 % (then fixed: passwords said in
     * a sentence in five languages and on command lines, JWTs as their own kind, placeholders in a key's
     * shape, letters joined by a hyphen before a reference's digits; its GitLab and PyPI tokens, labelled
     * token, are still found as API keys, like GitHub's and npm's in every batch). None is unseen any more:
     * the next fresh batch is the honest figure.
     */
    @ParameterizedTest
    @CsvSource({"leaks.tsv, lookalikes.tsv", "leaks-2.tsv, lookalikes-2.tsv", "leaks-3.tsv, lookalikes-3.tsv", "leaks-4.tsv, lookalikes-4.tsv"})
    void findsAtLeast95PercentOfLeaksWithAtMost2PercentFalseAlarms(String leakFile, String lookAlikeFile) throws IOException {
        var missed = new ArrayList<String>();
        var leaks = lines(leakFile);
        for (var line : leaks) {
            var kind = line.substring(0, line.indexOf('\t'));
            var text = line.substring(line.indexOf('\t') + 1).replace("\\n", "\n");
            if (redactor.find(text).stream().noneMatch(f -> f.kind().equals(kind))) missed.add(line);
        }
        var falseAlarms = new ArrayList<String>();
        var lookAlikes = lines(lookAlikeFile);
        for (var text : lookAlikes) {
            var findings = redactor.find(text);
            if (!findings.isEmpty()) falseAlarms.add(text + " -> " + findings);
        }
        double recall = 1 - (double) missed.size() / leaks.size();
        double falseAlarmRate = (double) falseAlarms.size() / lookAlikes.size();
        System.out.printf("Held-out redaction corpus %s: recall %.1f %% (%d of %d leaks), false alarms %.1f %% (%d of %d look-alikes)%n",
                leakFile, recall * 100, leaks.size() - missed.size(), leaks.size(), falseAlarmRate * 100, falseAlarms.size(),
                lookAlikes.size());
        missed.forEach(m -> System.out.println("  missed: " + m));
        falseAlarms.forEach(f -> System.out.println("  false alarm: " + f));
        assertThat(recall).as("recall, missed: %s", missed).isGreaterThanOrEqualTo(0.95);
        assertThat(falseAlarmRate).as("false alarms: %s", falseAlarms).isLessThanOrEqualTo(0.02);
    }

    @Test
    void masksPhoneNumbersWrittenInGroupsWithACountryCode() {
        assertThat(redactor.mask("Call me on +33 6 6614 5197 tonight")).isEqualTo("Call me on [redacted phone number] tonight");
        assertThat(redactor.mask("or +31 6 6134 5076.")).isEqualTo("or [redacted phone number].");
    }

    @Test
    void findsAPasswordSaidInASentenceOrOnACommandLineButNotWordsAboutIt() {
        for (var text : List.of("the password for the NAS is Kestrel_4410 if you need it", "le mot de passe du routeur est Prune!Brest22",
                "mijn wachtwoord is nu Tulp#8831", "das Routerpasswort ist Igel7Wiese", "mi contraseña del correo es Pimiento_92",
                "run mysqldump -u backup -pQz81wLx02 shop > shop.sql", "sshpass -p Hx7qLm2w ssh nas.local",
                "curl -u anna:Tr0mb0ne! https://api.shop.nl/orders"))
            assertThat(redactor.find(text)).as(text).extracting(Finding::kind).containsExactly("password");
        assertThat(redactor.mask("Das WLAN-Passwort lautet Amsel$Teich44.")).isEqualTo("Das WLAN-Passwort lautet [redacted password].");
        for (var text : List.of("my password is incorrect again!", "le mot de passe est trop court", "das Passwort ist case-sensitive",
                "het wachtwoord is vergeten, wat nu?", "la contraseña es obligatoria", "mysql -u root -p shop"))
            assertThat(redactor.find(text)).as(text).isEmpty();
    }

    @Test
    void findsAJwtAsItsOwnKindWhereverItIsPasted() {
        var jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MjQyIiwibmFtZSI6IkxlYSJ9.Vb3kq0xLr8TmQ2wZy7NcP4sHd1JfGa6UeKo9iBtX5Rw";
        for (var text : List.of("my token " + jwt + " expired", "access_token=" + jwt, "Authorization: Bearer " + jwt))
            assertThat(redactor.find(text)).as(text).extracting(Finding::kind).containsExactly("jwt");
    }

    @Test
    void takesAKeyShapeFilledWithOneCharacterOrWithXForAPlaceholder() {
        for (var text : List.of("the docs show ghp_" + "x".repeat(36), "AKIA0000000000000000 is the sample", "whsec_" + "X".repeat(24),
                "Authorization: Bearer " + "x".repeat(32)))
            assertThat(redactor.find(text)).as(text).isEmpty();
        assertThat(redactor.find("mine is sk_live_4xTqx9LxmNx2vR8xKw3P")).extracting(Finding::kind).containsExactly("api-key");
    }

    @Test
    void readsLettersJoinedToDigitsByAHyphenAsAReferenceNotAPhone() {
        assertThat(redactor.find("Retour RMA-4155-550139 wurde abgelehnt")).isEmpty();
        assertThat(redactor.find("Retour, ruf 415-555-0139 an")).extracting(Finding::kind).containsExactly("phone");
    }

    private static List<String> lines(String name) throws IOException {
        try (var in = Objects.requireNonNull(HeldOutRedactionTests.class.getResourceAsStream("/redaction/held-out/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
