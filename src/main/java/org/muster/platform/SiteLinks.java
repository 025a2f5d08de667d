package org.muster.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Absolute links for mail, credentials and feeds. They come from {@code muster.base-url} and never
 * from a request: a forged Host or X-Forwarded-Host would otherwise put a reset token on an
 * attacker's server. Without a base URL the links point at this machine
 * ({@code http://localhost:<port>}), so Muster then listens on the loopback address only and refuses
 * to start on any other address.
 */
@Component
public class SiteLinks implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(SiteLinks.class);

    private final String baseUrl;
    private final String address;
    private final Environment environment;

    SiteLinks(@Value("${muster.base-url:}") String baseUrl, @Value("${server.address:}") String address,
              Environment environment) {
        this.baseUrl = checked(baseUrl.strip());
        this.address = address.strip();
        this.environment = environment;
    }

    public String absolute(String path) {
        if (!baseUrl.isEmpty()) return baseUrl + path;
        // The port actually bound (random in tests), else the configured one when no server runs (commands).
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + path;
    }

    @Override
    public void customize(ConfigurableWebServerFactory server) {
        if (!baseUrl.isEmpty()) return;
        if (address.isEmpty()) {
            server.setAddress(InetAddress.getLoopbackAddress());
            // An installation that served others before would otherwise just go quiet.
            log.info("No MUSTER_BASE_URL is set: listening on {} only; set it to serve other machines",
                    InetAddress.getLoopbackAddress().getHostAddress());
            return;
        }
        if (!loopback(address))
            throw new Misconfigured("Muster would listen on " + address + " for other machines, but no base URL is set, "
                    + "so its mailed links (password resets, verifications) would point at localhost.",
                    "Set MUSTER_BASE_URL (muster.base-url) to the address people open Muster at, e.g. "
                            + "https://community.example.com, or listen on 127.0.0.1 only.");
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String checked(String baseUrl) {
        if (baseUrl.isEmpty()) return baseUrl;
        var trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            var uri = URI.create(trimmed);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null)
                return trimmed;
        } catch (IllegalArgumentException notAnAddress) {
            // refused like any other unusable value, just below
        }
        throw new Misconfigured("MUSTER_BASE_URL (muster.base-url) is not an http or https address: " + baseUrl,
                "Set it to the address people open Muster at, with scheme and host, e.g. https://community.example.com.");
    }

    /** A start-up refusal with what to do about it, shown by {@link BaseUrlAnalyzer} instead of a stack trace. */
    static final class Misconfigured extends RuntimeException {
        final String action;

        Misconfigured(String description, String action) {
            super(description);
            this.action = action;
        }
    }
}
