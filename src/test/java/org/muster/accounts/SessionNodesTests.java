package org.muster.accounts;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes remember sessions and members, and one browser is served by both: whatever ends a session
 * or changes who a member is on one node counts on the other as soon as the database's signal arrives
 * (milliseconds; the tests allow a few seconds for a busy machine), and a request that changes nothing
 * writes nothing.
 */
class SessionNodesTests extends IntegrationTest {

    private static final Duration SIGNAL_ARRIVES = Duration.ofSeconds(5);
    private static SecondNode second;

    @Autowired
    EmbeddedPostgres postgres;

    @TempDir
    static Path secondDataDir;

    @BeforeEach
    void nodes() {
        if (second == null) second = SecondNode.start(postgres, secondDataDir.resolve("second"), List.of());
    }

    @AfterAll
    static void stopSecondNode() {
        if (second != null) second.close();
        second = null;
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() {
        var browser = signedIn(member("nodes-sign-out"));
        var onSecond = browser.at(second.base());
        assertThat(onSecond.get("/settings/notifications").status()).isEqualTo(200);
        assertThat(onSecond.get("/settings/notifications").status()).isEqualTo(200);

        assertThat(browser.submit("/settings/notifications", "/logout", Map.of()).status()).isEqualTo(302);

        awaitOnSecond(onSecond, "/settings/notifications", response -> response.status() == 302
                && response.header("Location").endsWith("/login"));
    }

    @Test
    void aSuspensionOnOneNodeEndsTheSessionsOnTheOther() {
        var email = uniqueEmail("nodes-suspended");
        long id = verifiedMember(email, "Suspended on one node");
        var browser = signedIn(email);
        var onSecond = browser.at(second.base());
        assertThat(onSecond.get("/settings/notifications").status()).isEqualTo(200);

        var moderator = http.withToken(memberWithRole("moderator"));
        assertThat(moderator.post("/api/v1/moderation/members/" + id + "/sanctions",
                Map.of("kind", "suspend", "days", 3, "reason", "Spam")).status()).isEqualTo(201);

        awaitOnSecond(onSecond, "/settings/notifications", response -> response.status() == 302);
    }

    @Test
    void aNewRoleGivenOnOneNodeCountsOnTheOther() {
        var email = uniqueEmail("nodes-promoted");
        long id = verifiedMember(email, "Promoted on one node");
        var browser = signedIn(email);
        var onSecond = browser.at(second.base());
        assertThat(onSecond.get("/moderation").status()).isEqualTo(403);

        var admin = http.withToken(adminToken());
        assertThat(admin.patch("/api/v1/admin/members/" + id, Map.of("role", "moderator")).status()).isEqualTo(200);

        awaitOnSecond(onSecond, "/moderation", response -> response.status() == 200);
    }

    @Test
    void whatOneNodeWritesIntoTheSessionTheOtherReadsNext() {
        var browser = signedIn(member("nodes-flash"));
        var onSecond = browser.at(second.base());
        assertThat(onSecond.get("/").body()).doesNotContain("Welcome aboard");

        assertThat(browser.submit("/", "/first-steps/dismiss", Map.of()).status()).isEqualTo(302);

        // The notice travels in the session, written by the first node, read by the second one once its signal arrived.
        awaitOnSecond(onSecond, "/", response -> response.body().contains("The tips are hidden. Welcome aboard!"));
    }

    @Test
    void readingPagesDoesNotWriteTheSession() {
        var browser = signedIn(member("nodes-reader"));
        browser.get("/settings/notifications");
        var before = lastAccess();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.get("/settings/notifications").status()).isEqualTo(200);
            assertThat(browser.at(second.base()).get("/settings/notifications").status()).isEqualTo(200);
        }
        assertThat(lastAccess()).isEqualTo(before);
    }

    private String member(String name) {
        var email = uniqueEmail(name);
        verifiedMember(email, name);
        return email;
    }

    private Http signedIn(String email) {
        var browser = new Http("http://localhost:" + port);
        var login = browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        assertThat(browser.get("/settings/notifications").status()).isEqualTo(200);
        return browser;
    }

    /** The newest moment of last access among the stored sessions: a request that writes its session moves it. */
    private Map<String, Object> lastAccess() {
        return db.sql("select max(last_access_time) as newest, count(*) as sessions from spring_session").query().singleRow();
    }

    private static void awaitOnSecond(Http onSecond, String path, Predicate<Http.Response> done) {
        var deadline = Instant.now().plus(SIGNAL_ARRIVES);
        Http.Response response = onSecond.get(path);
        while (!done.test(response) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            response = onSecond.get(path);
        }
        assertThat(done.test(response)).as("%s on the second node answered %d", path, response.status()).isTrue();
    }
}
