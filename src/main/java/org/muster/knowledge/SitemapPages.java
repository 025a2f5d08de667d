package org.muster.knowledge;

import org.muster.platform.SiteLinks;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /sitemap.xml}, its pages and {@code /robots.txt}: what crawlers read, cacheable for an hour. */
@RestController
class SitemapPages {

    private static final CacheControl CACHEABLE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    /**
     * What crawlers should leave alone: sign-in and account flows, forms, staff and moderation pages, the API,
     * search results (endless queries), live streams and the lists' sort and cursor variants (endless pages of
     * the same questions, which the sitemap lists anyway).
     */
    private static final List<String> DISALLOWED = List.of("/login", "/signup", "/verify", "/reset", "/logout",
            "/ask", "/admin", "/staff", "/moderation", "/support", "/superfans", "/insights", "/routing", "/disputes",
            "/settings", "/notifications", "/watching", "/bookmarks", "/api/", "/search", "/related/", "/live",
            "/unsubscribe/", "/posts/", "/questions/*/summary/", "/*?*sort=", "/*?*after=");

    private final Sitemaps sitemaps;
    private final SiteLinks links;

    SitemapPages(Sitemaps sitemaps, SiteLinks links) {
        this.sitemaps = sitemaps;
        this.links = links;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> index() {
        return ResponseEntity.ok().cacheControl(CACHEABLE).contentType(MediaType.APPLICATION_XML).body(sitemaps.index());
    }

    @GetMapping(value = "/sitemap/{name}", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> page(@PathVariable String name) {
        return ResponseEntity.ok().cacheControl(CACHEABLE).contentType(MediaType.APPLICATION_XML).body(sitemaps.page(name));
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        var rules = DISALLOWED.stream().map(path -> "Disallow: " + path).collect(Collectors.joining("\n"));
        var text = "User-agent: *\nAllow: /\n" + rules + "\n\nSitemap: " + links.absolute("/sitemap.xml") + "\n";
        return ResponseEntity.ok().cacheControl(CACHEABLE)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(text);
    }
}
