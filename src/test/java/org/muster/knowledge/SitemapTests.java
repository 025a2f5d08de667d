package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.platform.SiteLinks;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SitemapTests extends SummaryFixture {

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @Autowired
    List<SitemapSource> sources;
    @Autowired
    SiteLinks links;

    @BeforeEach
    void setUp() {
        setUpAdmin();
    }

    @Test
    void theIndexNamesPagesOfAtMostThePageSizePerKind() {
        var kinds = new ArrayList<SitemapSource>(sources);
        kinds.add(new Numbers(7));
        var sitemaps = new Sitemaps(kinds, links, 3);

        var index = sitemaps.index();
        assertThat(index).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        var numbers = locs(index).stream().filter(l -> l.contains("/sitemap/numbers-")).toList();
        assertThat(numbers).containsExactly(links.absolute("/sitemap/numbers-1.xml"), links.absolute("/sitemap/numbers-2.xml"),
                links.absolute("/sitemap/numbers-3.xml"));
        assertThat(locs(sitemaps.page("numbers-1.xml"))).containsExactly(links.absolute("/numbers/0"),
                links.absolute("/numbers/1"), links.absolute("/numbers/2"));
        assertThat(locs(sitemaps.page("numbers-3.xml"))).containsExactly(links.absolute("/numbers/6"));
        assertThat(sitemaps.page("numbers-2.xml")).contains("<lastmod>2026-12-01T10:00:00Z</lastmod>");
        assertThatThrownBy(() -> sitemaps.page("numbers-4.xml")).isInstanceOf(org.muster.platform.NotFound.class);
        assertThat(new Sitemaps(kinds, links, 7).index()).as("exactly full: one page").contains("numbers-1.xml").doesNotContain("numbers-2.xml");
    }

    @Test
    void publicQuestionsAreListedWithTheirCanonicalPathAndPrivateOrDeletedOnesAreNot() {
        var open = space("public");
        var hidden = space("private");
        var members = space("members");
        var asker = member("Sitemap asker");
        long listed = ask(asker, open, "Sitemap router question " + token, "wifi-" + token);
        long deleted = ask(asker, open, "Sitemap deleted question " + token, "wifi-" + token);
        long secret = ask(admin, hidden, "Sitemap private question " + token, "wifi-" + token);
        long inner = ask(admin, members, "Sitemap members question " + token, "wifi-" + token);
        assertThat(asker.delete("/api/v1/questions/" + deleted).status()).isEqualTo(204);
        awaitFeed("knowledge.sitemap");

        var all = allLocs();
        assertThat(all).contains(links.absolute("/questions/" + listed + "/sitemap-router-question-" + token));
        assertThat(all).noneMatch(l -> l.matches(".*/questions/(" + deleted + "|" + secret + "|" + inner + ")(/.*)?"));
    }

    @Test
    void aSpaceTurnedPrivateDropsItsQuestionsAndComesBackWhenPublicAgain() {
        var slug = space("public");
        long question = ask(member("Turning asker"), slug, "Sitemap turning question " + token, "wifi-" + token);
        awaitFeed("knowledge.sitemap");
        assertThat(allLocs()).anyMatch(l -> l.contains("/questions/" + question + "/"));

        assertThat(admin.patch("/api/v1/spaces/" + slug, Map.of("visibility", "private")).status()).isEqualTo(200);
        awaitFeed("knowledge.sitemap");
        assertThat(allLocs()).noneMatch(l -> l.contains("/questions/" + question + "/"));

        assertThat(admin.patch("/api/v1/spaces/" + slug, Map.of("visibility", "public")).status()).isEqualTo(200);
        awaitFeed("knowledge.sitemap");
        assertThat(allLocs()).anyMatch(l -> l.contains("/questions/" + question + "/"));
    }

    @Test
    void aHeldQuestionLeavesTheSitemapUntilReleased() {
        var slug = space("public");
        long question = ask(member("Held asker"), slug, "Sitemap held question " + token, "wifi-" + token);
        awaitFeed("knowledge.sitemap");
        db.sql("update posts set held = 'flags', deleted_at = now() where id = :id").param("id", question).update();
        publishAndAwait(new org.muster.qa.PostHeld(question, question, "flags"), "knowledge.sitemap");
        assertThat(allLocs()).noneMatch(l -> l.contains("/questions/" + question + "/"));
    }

    @Test
    void sitemapsAndRobotsAreServedWithTheirContentTypesAndCacheable() {
        var visitor = new Http("http://localhost:" + port);
        var index = visitor.get("/sitemap.xml");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.header("Content-Type")).startsWith("application/xml");
        assertThat(index.header("Cache-Control")).contains("public", "max-age=3600");
        var page = visitor.get("/sitemap/questions-1.xml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/xml");
        assertThat(page.body()).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThat(visitor.get("/sitemap/questions-0.xml").status()).isEqualTo(404);
        assertThat(visitor.get("/sitemap/nothing-1.xml").status()).isEqualTo(404);
        assertThat(visitor.get("/sitemap/questions-99999.xml").status()).isEqualTo(404);

        var robots = visitor.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        assertThat(robots.header("Cache-Control")).contains("public");
        assertThat(robots.body()).startsWith("User-agent: *\nAllow: /\n")
                .contains("Disallow: /login\n", "Disallow: /signup\n", "Disallow: /admin\n", "Disallow: /api/\n",
                        "Disallow: /search\n", "Disallow: /moderation\n", "Disallow: /ask\n")
                .contains("Sitemap: " + links.absolute("/sitemap.xml") + "\n")
                .doesNotContain("Disallow: /questions\n", "Disallow: /spaces", "Disallow: /tags");
    }

    private List<String> allLocs() {
        var visitor = new Http("http://localhost:" + port);
        var found = new ArrayList<String>();
        for (var page : locs(visitor.get("/sitemap.xml").body())) {
            if (!page.contains("/sitemap/questions-")) continue;
            found.addAll(locs(visitor.get(page.substring(page.indexOf("/sitemap/"))).body()));
        }
        return found;
    }

    private static List<String> locs(String xml) {
        return LOC.matcher(xml).results().map(m -> m.group(1)).toList();
    }

    /** A kind of page of a known size, to see the split without writing 50,000 questions. */
    private record Numbers(long size) implements SitemapSource {
        @Override
        public String kind() {
            return "numbers";
        }

        @Override
        public long count() {
            return size;
        }

        @Override
        public List<SitemapPage> pages(long offset, int limit) {
            return LongStream.range(offset, Math.min(size, offset + limit))
                    .mapToObj(n -> new SitemapPage("/numbers/" + n, Instant.parse("2026-12-01T10:00:00Z"))).toList();
        }
    }
}
