package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PageTests extends IntegrationTest {

    private Http signedInAdmin() {
        var login = http.submit("/login", "/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        return http;
    }

    @Test
    void publicPagesRender() {
        for (var path : new String[]{"/", "/spaces", "/login", "/signup", "/reset"}) {
            var page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<main id=\"main\">");
        }
    }

    @Test
    void adminPagesRenderForAdminsOnly() {
        assertThat(http.get("/admin/members").status()).isEqualTo(302);
        var admin = signedInAdmin();
        for (var path : new String[]{"/admin/spaces", "/admin/spaces/new", "/admin/members", "/admin/mail", "/settings"}) {
            var page = admin.get(path);
            assertThat(page.status()).as(path).isIn(200, 302);
        }
        var edit = admin.get("/members/1/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("API tokens");
    }

    @Test
    void adminCreatesASpaceFromTheFormAndErrorsShowBesideTheField() {
        var admin = signedInAdmin();
        var refused = admin.submit("/admin/spaces/new", "/admin/spaces/new",
                Map.of("name", "Broken", "slug", "Not a slug", "visibility", "public", "template", "", "tagGroups", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"slug-error\"").contains("lower-case letters");

        var slug = "forms-" + UUID.randomUUID().toString().substring(0, 6);
        var created = admin.submit("/admin/spaces/new", "/admin/spaces/new", Map.of("name", "Forms", "slug", slug,
                "visibility", "members", "description", "From the form",
                "template", "Environment *\nSteps tried", "tagGroups", "platform: windows, linux"));
        assertThat(created.header("Location")).endsWith("/spaces/" + slug);
        var page = admin.get("/spaces/" + slug).body();
        assertThat(page).contains("Environment", "Steps tried", "windows", "Members only");
    }

    @Test
    void signUpFormShowsTheMessageBesideTheField() {
        var page = http.submit("/signup", "/signup", Map.of("email", "nope", "displayName", "X", "password", "longenough-1"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"email-error\"").contains("not a valid e-mail address")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        var response = http.postRaw("/signup", "application/x-www-form-urlencoded",
                "email=csrf%40example.test&displayName=X&password=longenough-1");
        assertThat(response.status()).isEqualTo(403);
        assertThat(db.sql("select count(*) from members where email = 'csrf@example.test'").query(Long.class).single()).isZero();
    }

    @Test
    void aSessionCookieWithAnyOtherAuthorizationHeaderStillNeedsTheCsrfToken() {
        var email = uniqueEmail("csrf");
        verifiedMember(email, "Cookie Holder");
        var browser = new Http("http://localhost:" + port);
        assertThat(browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(302);
        for (var bogus : new String[]{"Basic Zm9vOmJhcg==", "Token mst_nothing", "x"}) {
            var refused = browser.withHeaders(Map.of("Authorization", bogus)).patch("/api/v1/me", Map.of("displayName", "Ridden"));
            assertThat(refused.status()).as(bogus).isEqualTo(403);
        }
        assertThat(browser.get("/api/v1/me").json().get("displayName").asString()).isEqualTo("Cookie Holder");

        // A valid token authenticates the call by itself: no cookie is ridden, so no CSRF token is needed.
        var changed = browser.withToken(tokenFor(email, PASSWORD)).patch("/api/v1/me", Map.of("displayName", "By Token"));
        assertThat(changed.status()).isEqualTo(200);
    }

    @Test
    void unknownPagesAre404PagesWithoutInternals() {
        var page = http.get("/no/such/page");
        assertThat(page.status()).isIn(404, 302);
        var space = http.get("/spaces/no-such-space");
        assertThat(space.status()).isEqualTo(404);
        assertThat(space.header("Content-Type")).startsWith("text/html");
        assertThat(space.body()).contains("There is nothing here").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownApiPathsAreProblemDetails() {
        var response = http.withToken(adminToken()).get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aWrongParameterTypeIs400NamingIt() {
        var response = http.withToken(adminToken()).get("/api/v1/admin/members?page=first");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("page");
    }

    @Test
    void wrongMethodIs405() {
        var response = http.withToken(adminToken()).delete("/api/v1/me");
        assertThat(response.status()).isEqualTo(405);
    }

    @Test
    void datesFollowTheReadersLanguage() {
        var admin = signedInAdmin();
        var english = admin.get("/members/1").body();
        var inGermany = admin.withHeaders(Map.of("Accept-Language", "de-DE")).get("/members/1").body();
        var french = admin.withHeaders(Map.of("Accept-Language", "fr-FR")).get("/members/1").body();
        int year = java.time.Year.now().getValue();
        assertThat(english).containsPattern("Member since [A-Z][a-z]{2} \\d{1,2}, " + year);
        // No German bundle: English words, the day before the month as in Germany.
        assertThat(inGermany).containsPattern("Member since \\d{1,2} [A-Z][a-z]{2} " + year);
        assertThat(french).containsPattern("\\d{1,2} [a-zéû]{3,4}\\.? " + year);
    }

    @Test
    void healthIsPublicAndMetricsAreForAdmins() {
        assertThat(http.get("/actuator/health").body()).contains("UP");
        assertThat(http.get("/actuator/prometheus").status()).isIn(401, 302);
        var metrics = http.withToken(adminToken()).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        var doc = http.get("/api/v1/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        var paths = doc.json().get("paths");
        for (var path : new String[]{"/api/v1/accounts", "/api/v1/auth/tokens", "/api/v1/me", "/api/v1/spaces",
                "/api/v1/spaces/{slug}", "/api/v1/admin/members", "/api/v1/posts/{id}/flags", "/api/v1/moderation/queue",
                "/api/v1/redaction/check", "/api/v1/questions/{id}/escalate", "/api/v1/support/tickets/{id}",
                "/api/v1/support/webhook"})
            assertThat(paths.has(path)).as(path).isTrue();
        for (var path : paths.propertyNames())
            for (var operation : paths.get(path).propertyNames())
                assertThat(paths.get(path).get(operation).path("summary").asString("")).as(operation + " " + path).isNotBlank();
        assertThat(doc.body()).doesNotContain("\"actor\"");
        assertThat(http.get("/api/v1/docs").status()).isEqualTo(302);
    }
}
