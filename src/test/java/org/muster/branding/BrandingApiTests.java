package org.muster.branding;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The branding API: admins only, every refusal a problem detail naming its field, the logo's type read from its bytes. */
class BrandingApiTests extends IntegrationTest {

    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @AfterEach
    void restoreMustersLook() {
        http.withToken(adminToken()).put("/api/v1/admin/branding", change("", "", List.of()));
        http.withToken(adminToken()).delete("/api/v1/admin/branding/logo");
    }

    @Test
    void onlyAdminsReadOrChangeTheBrand() {
        var staff = http.withToken(memberWithRole("staff"));
        assertThat(staff.get("/api/v1/admin/branding").status()).isEqualTo(403);
        assertThat(staff.put("/api/v1/admin/branding", change("Staff Town", "", List.of())).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/branding").status()).isEqualTo(401);
    }

    @Test
    void refusesAColourWhiteTextCannotBeReadOnAndNamesTheField() {
        var admin = http.withToken(adminToken());
        var pale = admin.put("/api/v1/admin/branding", change("", "#ffcc00", List.of()));
        assertThat(pale.status()).isEqualTo(400);
        assertThat(pale.body()).contains("accent").contains("4.5:1");
        var notAColour = admin.put("/api/v1/admin/branding", change("", "red", List.of()));
        assertThat(notAColour.status()).isEqualTo(400);
        assertThat(notAColour.body()).contains("six hex digits");
    }

    @Test
    void refusesFooterLinksThatAreNotWebAddresses() {
        var admin = http.withToken(adminToken());
        for (var url : List.of("javascript:alert(1)", "data:text/html,hi", "ftp://files.example/", "//evil.example/", "https://"))
            assertThat(admin.put("/api/v1/admin/branding", change("", "", List.of(Map.of("label", "Go", "url", url)))).body())
                    .as(url).contains("footerLinks[0].url");
        var tooMany = java.util.Collections.nCopies(6, Map.of("label", "Go", "url", "https://example.com/"));
        assertThat(admin.put("/api/v1/admin/branding", change("", "", tooMany)).status()).isEqualTo(400);
    }

    @Test
    void savesTheBrandAndReturnsItNormalised() {
        var admin = http.withToken(adminToken());
        var saved = admin.put("/api/v1/admin/branding", change("  Tidewater  ", "#0B5CAD",
                List.of(Map.of("label", "Shop", "url", "https://shop.example/"), Map.of("label", "", "url", ""))));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("name").asString()).isEqualTo("Tidewater");
        assertThat(saved.json().get("accent").asString()).isEqualTo("#0b5cad");
        assertThat(saved.json().get("footerLinks")).hasSize(1);
        assertThat(http.get("/").body()).contains("Tidewater").contains("--accent: #0b5cad").contains("https://shop.example/");
    }

    @Test
    void takesALogoByItsBytesAndRefusesSvgWhateverTheClaimedType() throws Exception {
        var svg = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8);
        var refused = putLogo(svg, "image/png");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("logo").contains("PNG, JPEG or WebP");
        assertThat(putLogo(new byte[Logo.MAX_BYTES + 1], "image/png").statusCode()).isEqualTo(400);

        var accepted = putLogo(PNG_HEADER, "application/octet-stream");
        assertThat(accepted.statusCode()).isEqualTo(200);
        var logo = http.get("/brand/logo?v=1");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.header("Content-Type")).isEqualTo("image/png");
        assertThat(logo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get("/").body()).contains("/brand/logo?v=");
    }

    private HttpResponse<String> putLogo(byte[] image, String contentType) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/branding/logo"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> change(String name, String accent, List<Map<String, String>> links) {
        return Map.of("name", name, "accent", accent, "welcome", "", "footerLinks", links);
    }
}
