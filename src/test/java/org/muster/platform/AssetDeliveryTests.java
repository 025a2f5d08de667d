package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages travel compressed to browsers that accept it, and styles and scripts are named by their content, cached for a year. */
class AssetDeliveryTests extends IntegrationTest {

    private static final Pattern ASSETS = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");

    @Test
    void pagesAreCompressedForBrowsersThatAcceptIt() {
        var gzip = http.withHeaders(Map.of("Accept-Encoding", "gzip"));
        var page = gzip.get("/");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(http.get("/").header("Content-Encoding")).isNull();
        assertThat(gzip.get("/api/v1/openapi.json").header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void stylesAndScriptsAreNamedByTheirContentAndCachedForAYear() {
        var matcher = ASSETS.matcher(http.get("/").body());
        int assets = 0;
        while (matcher.find()) {
            var asset = http.withHeaders(Map.of("Accept-Encoding", "gzip")).get(matcher.group(1));
            assertThat(asset.status()).isEqualTo(200);
            assertThat(asset.header("Cache-Control")).isEqualTo("max-age=31536000");
            assertThat(asset.header("Content-Encoding")).isEqualTo("gzip");
            assets++;
        }
        // The stylesheet, htmx and muster.js.
        assertThat(assets).isGreaterThanOrEqualTo(3);
    }
}
