package org.muster.accounts;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.MailRecipients;
import org.muster.platform.MessageBundleTests;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which language a reader gets: the member's own setting, else a visitor's pick from the menu, else the
 * browser's Accept-Language among English, Dutch and French, else the site's; mail in the member's.
 */
class MemberLanguageTests extends IntegrationTest {

    @Autowired
    MailRecipients recipients;

    @Test
    void theBrowsersLanguageIsReadAmongTheSupportedOnes() {
        assertThat(language(http.withHeaders(Map.of("Accept-Language", "nl-BE,nl;q=0.9,en;q=0.5")), "/spaces")).isEqualTo("nl");
        assertThat(language(http.withHeaders(Map.of("Accept-Language", "fr-CA")), "/spaces")).isEqualTo("fr");
        assertThat(language(http.withHeaders(Map.of("Accept-Language", "de-DE,de;q=0.9,fr;q=0.4")), "/spaces"))
                .as("the first supported language of the list").isEqualTo("fr");
        assertThat(language(http.withHeaders(Map.of("Accept-Language", "de-DE,es")), "/spaces")).as("none supported: the site's").isEqualTo("en");
        assertThat(language(http.withHeaders(Map.of("Accept-Language", ";;q=x,@@")), "/spaces")).as("malformed").isEqualTo("en");
        assertThat(language(http, "/spaces")).as("no header").isEqualTo("en");
    }

    @Test
    void aVisitorPicksALanguageThatStaysAcrossPagesAndWinsOverTheBrowser() {
        var visitor = new Http("http://localhost:" + port).withHeaders(Map.of("Accept-Language", "en-GB"));
        var picked = visitor.get("/spaces?lang=fr");
        assertThat(picked.status()).isEqualTo(200);
        assertThat(Jsoup.parse(picked.body()).selectFirst("html").attr("lang")).as("the page that picks").isEqualTo("fr");
        assertThat(language(visitor, "/leaderboards")).isEqualTo("fr");
        var menu = Jsoup.parse(visitor.get("/spaces").body()).select("footer nav.languages a");
        assertThat(menu.eachAttr("hreflang")).containsExactly("en", "nl", "fr");
        assertThat(menu.select("[aria-current]").eachAttr("hreflang")).containsExactly("fr");
        visitor.get("/spaces?lang=xx-unknown");
        assertThat(language(visitor, "/spaces")).as("an unknown pick changes nothing").isEqualTo("fr");
    }

    @Test
    void theMembersSettingWinsOverTheBrowserAndIsOnTheirSettingsPage() {
        var email = uniqueEmail("taal");
        verifiedMember(email, "Taal Lid");
        var browser = new Http("http://localhost:" + port).withHeaders(Map.of("Accept-Language", "fr-FR"));
        assertThat(browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
        assertThat(language(browser, "/spaces")).as("no setting yet: the browser's").isEqualTo("fr");
        var me = browser.get("/settings").header("Location");
        var form = Jsoup.parse(browser.get(me).body());
        assertThat(form.select("select#language option").eachAttr("value")).containsExactly("", "en", "nl", "fr");
        var fields = new HashMap<String, String>();
        for (var input : form.select("form[method=post] input[name], form[method=post] textarea[name]"))
            if (!input.attr("name").equals("_csrf")) fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
        fields.put("displayName", "Taal Lid");
        fields.put("timeZone", "Europe/Amsterdam");
        fields.put("language", "nl");
        var saved = browser.submit(me, me, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(language(browser, "/spaces")).isEqualTo("nl");
        assertThat(Jsoup.parse(browser.get(me).body()).select("select#language option[selected]").eachAttr("value")).containsExactly("nl");
        var api = http.withToken(tokenFor(email, PASSWORD));
        assertThat(api.get("/api/v1/me").json().get("language").asString()).isEqualTo("nl");
    }

    @Test
    void theApiSetsTheLanguageAndRefusesOneMusterDoesNotSpeakNamingTheField() {
        var email = uniqueEmail("langue");
        long id = verifiedMember(email, "Langue");
        var api = http.withToken(tokenFor(email, PASSWORD));
        for (var wrong : List.of("de", "nl-BE", "x".repeat(10_000), "n l")) {
            var refused = api.patch("/api/v1/me", profile("Langue", wrong));
            assertThat(refused.status()).as(wrong.length() > 20 ? "long" : wrong).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("language");
        }
        assertThat(api.patch("/api/v1/me", profile("Langue", "fr")).json().get("language").asString()).isEqualTo("fr");
        assertThat(recipients.recipient(id).orElseThrow().locale()).isEqualTo(Locale.FRENCH);
        assertThat(language(api.withHeaders(Map.of("Accept-Language", "nl")), "/spaces")).as("a token's member reads theirs too").isEqualTo("fr");
        var otherEmail = uniqueEmail("autre");
        verifiedMember(otherEmail, "Autre");
        var other = http.withToken(tokenFor(otherEmail, PASSWORD));
        assertThat(other.get("/api/v1/members/" + id).json().get("language").isNull()).as("another member does not see it").isTrue();

        assertThat(api.patch("/api/v1/me", profile("Langue", "")).json().get("language").isNull()).as("back to the browser's").isTrue();
        assertThat(recipients.recipient(id).orElseThrow().locale()).as("mail without a browser: the site's").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void mailGoesInTheMembersLanguage() throws IOException {
        var email = uniqueEmail("courrier");
        verifiedMember(email, "Courrier");
        assertThat(http.withToken(tokenFor(email, PASSWORD)).patch("/api/v1/me", profile("Courrier", "fr")).status()).isEqualTo(200);
        new Http("http://localhost:" + port).submit("/reset", "/reset/request", Map.of("email", email));
        var subject = MessageBundleTests.bundle("messages_fr.properties").getProperty("mail.reset.subject");
        assertThat(subject).as("the French bundle has the subject").isNotNull();
        awaitMail(email, literal(subject));
    }

    @Test
    void aCachedVisitorPageIsNeverServedInAnotherLanguage() {
        var admin = http.withToken(adminToken());
        var space = "taal-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Taal " + space, "visibility", "public")).status()).isEqualTo(201);
        var asker = http.withToken(memberWithRole("champion"));
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "title", "Which yeast suits a saison " + space,
                "body", "I brew a saison this weekend and wonder which yeast to pitch.", "tags", List.of("saison")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var path = "/questions/" + asked.json().get("id").asLong();
        for (int round = 0; round < 2; round++) {
            assertThat(language(new Http("http://localhost:" + port).withHeaders(Map.of("Accept-Language", "en")), path)).isEqualTo("en");
            assertThat(language(new Http("http://localhost:" + port).withHeaders(Map.of("Accept-Language", "nl-NL")), path)).isEqualTo("nl");
            var picked = new Http("http://localhost:" + port);
            picked.get("/spaces?lang=fr");
            assertThat(language(picked, path)).isEqualTo("fr");
        }
    }

    private static String language(Http http, String path) {
        var page = http.get(path);
        assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
        return Jsoup.parse(page.body()).selectFirst("html").attr("lang");
    }

    private static Map<String, Object> profile(String name, String language) {
        var profile = new HashMap<String, Object>();
        profile.put("displayName", name);
        profile.put("timeZone", "UTC");
        profile.put("language", language);
        return profile;
    }

    /** The longest stretch of a message's text without arguments: what a mail's subject must contain. */
    private static String literal(String message) {
        return java.util.Arrays.stream(message.split("\\{[^}]*}")).max(Comparator.comparingInt(String::length)).orElseThrow().strip();
    }
}
