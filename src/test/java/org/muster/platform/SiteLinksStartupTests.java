package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a base URL, mailed links point at localhost, so Muster must not serve other machines. */
class SiteLinksStartupTests {

    private static SiteLinks links(String baseUrl, String address) {
        return new SiteLinks(baseUrl, address, new MockEnvironment().withProperty("local.server.port", "8123"));
    }

    @Test
    void withoutABaseUrlMusterListensOnLoopbackAndLinksToLocalhost() {
        var server = new TomcatServletWebServerFactory();
        var links = links("", "");
        links.customize(server);
        assertThat(server.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(links.absolute("/reset?token=t")).isEqualTo("http://localhost:8123/reset?token=t");
        links("", "127.0.0.1").customize(new TomcatServletWebServerFactory());
    }

    @Test
    void refusesToServeOtherMachinesWithoutABaseUrlNamingTheSetting() {
        assertThatThrownBy(() -> links("", "0.0.0.0").customize(new TomcatServletWebServerFactory()))
                .isInstanceOfSatisfying(SiteLinks.Misconfigured.class, refused -> {
                    var analysis = new BaseUrlAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription()).contains("0.0.0.0", "localhost");
                    assertThat(analysis.getAction()).contains("MUSTER_BASE_URL");
                });
    }

    @Test
    void withABaseUrlEveryLinkUsesItAndTheAddressIsLeftAsConfigured() {
        var server = new TomcatServletWebServerFactory();
        var links = links("https://community.example.com/", "");
        links.customize(server);
        assertThat(server.getAddress()).isNull();
        assertThat(links.absolute("/verify?token=t")).isEqualTo("https://community.example.com/verify?token=t");
        links("https://community.example.com", "0.0.0.0").customize(new TomcatServletWebServerFactory());
    }

    @Test
    void refusesABaseUrlThatIsNotAnHttpAddress() {
        for (var wrong : new String[]{"community.example.com", "ftp://community.example.com", "https://", "https://x.example/?a=b", "http://a b"})
            assertThatThrownBy(() -> links(wrong, "")).as(wrong).isInstanceOf(SiteLinks.Misconfigured.class)
                    .hasMessageContaining("MUSTER_BASE_URL");
    }
}
