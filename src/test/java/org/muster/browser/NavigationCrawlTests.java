package org.muster.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.muster.BrowserTest;
import org.muster.Http;
import org.muster.platform.MusterCommand;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's "done when": a crawl of every page reachable from the navigation, as visitor, member,
 * champion, moderator, staff and admin, over the demo community, finds no 5xx (nor a broken link), no
 * raw message key and no input without a label. It follows links rather than a list of pages, so pages
 * added later are crawled as soon as something links to them: the home page and its navigation, every
 * page those link to, and the links on those one level further. Then Chromium opens one page of each
 * kind at phone width and checks the same in the page as scripts left it.
 */
class NavigationCrawlTests extends BrowserTest {

    /** Links that leave the pages (files, feeds, the API, downloads) or end the session. */
    private static final List<String> NOT_PAGES = List.of("/logout", "/assets/", "/css/", "/js/", "/webjars/", "/api/",
            "/calendar/", "/openbadges/", "/actuator/", "/v3/", "/live", "/unsubscribe");
    private static final Pattern DOWNLOAD = Pattern.compile(".*(\\.(csv|ics|svg|png|jpe?g|webp|json|xml|txt)|/image|/export|/feed)(\\?.*)?");

    /** Home (0), what it and its navigation link to (1), and one level further (2). */
    private static final int DEPTH = 2;
    private static final int PAGES_PER_ROLE = 300;
    /** Pages of one shape (the same path with other ids or list parameters) a role visits. */
    private static final int PAGES_PER_SHAPE = 2;

    /** Thymeleaf writes a key it cannot find as ??key_locale??. */
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]{1,160}\\?\\?");
    private static final Pattern UNEVALUATED = Pattern.compile("[#$*@]\\{[^}]{1,160}}");

    private static final Map<String, String[]> PEOPLE = Map.of(
            "member", new String[]{"jonas.laurent@demo.muster", "demo-password"},
            "champion", new String[]{"eva.smit@demo.muster", "demo-password"},
            "moderator", new String[]{"daan.visser@demo.muster", "demo-password"},
            "staff", new String[]{"anna.devries@demo.muster", "demo-password"},
            "admin", new String[]{ADMIN_EMAIL, ADMIN_PASSWORD});


    @Autowired
    List<MusterCommand> commands;

    @Test
    void everyPageReachableFromTheNavigationRendersWithItsWordsAndLabelsForEveryRole() throws IOException {
        seedDemo();
        var keys = messageKeys();
        var problems = new TreeSet<String>();
        Map<String, String> staffPages = Map.of();
        for (var role : List.of("visitor", "member", "champion", "moderator", "staff", "admin")) {
            var session = new Http("http://localhost:" + port);
            if (PEOPLE.containsKey(role)) {
                var login = session.submit("/login", "/login", Map.of("email", PEOPLE.get(role)[0], "password", PEOPLE.get(role)[1]));
                assertThat(login.header("Location")).as(role + " logs in").doesNotContain("error");
            }
            var pages = crawl(session, role, keys, problems);
            assertThat(pages.size()).as(role + " reaches pages").isGreaterThan(10);
            if (role.equals("admin")) staffPages = pages;
        }
        inChromiumAtPhoneWidth(staffPages, keys, problems);
        assertThat(problems).as("what the crawl found").isEmpty();
    }

    /** The crawl would pass on anything if its checks saw nothing: each kind of defect is found. */
    @Test
    void theChecksFindAMissingKeyARawKeyAnExpressionAndAnInputWithoutALabel() throws IOException {
        var problems = new TreeSet<String>();
        var html = """
                <main><h1>??question.title.missing_en??</h1><p>nav.spaces</p><p>#{app.name}</p>
                <label for="named">Name</label><input id="named" name="named">
                <label><input type="checkbox" name="wrapped"> <code>question.asked</code></label>
                <input name="bare"><textarea name="body"></textarea><select aria-label="Sort"></select></main>""";
        check("page", html, Jsoup.parse(html), messageKeys(), problems);
        assertThat(problems).containsExactlyInAnyOrder(
                "page shows a missing message key ??question.title.missing_en??",
                "page shows the message key nav.spaces as text",
                "page shows an unevaluated expression #{app.name}",
                "page has an input without a label: <input name=\"bare\">",
                "page has an input without a label: <textarea name=\"body\">");
    }

    private void seedDemo() {
        org.muster.demo.DemoOnce.load(commands.stream().filter(c -> c.name().equals("demo")).findFirst().orElseThrow());
    }

    /** Every page the role reaches, one of each shape first, with the path it was found on. */
    private Map<String, String> crawl(Http session, String role, Set<String> keys, Set<String> problems) {
        var pages = new LinkedHashMap<String, String>();
        var perShape = new HashMap<String, Integer>();
        var queued = new java.util.HashSet<String>();
        var queue = new ArrayDeque<Link>();
        queue.add(new Link("/", "(start)", 0));
        queued.add("/");
        while (!queue.isEmpty() && pages.size() < PAGES_PER_ROLE) {
            var link = queue.poll();
            var where = role + " " + link.path + " (linked from " + link.from + ")";
            var response = session.get(link.path);
            for (int hops = 0; hops < 3 && (response.status() == 302 || response.status() == 303); hops++) {
                var location = response.header("Location");
                if (location.contains("/login") && role.equals("visitor")) break;
                response = session.get(location.split("#")[0]);
            }
            if (response.status() == 302 || response.status() == 303) continue;
            if (response.status() >= 500) {
                problems.add(where + " answered " + response.status() + ": " + mainText(response.body()));
                continue;
            }
            if (response.status() == 404) {
                problems.add(where + " is a broken link (404)");
                continue;
            }
            if (response.status() != 200) continue;
            if (!String.valueOf(response.header("Content-Type")).startsWith("text/html")) continue;
            var page = Jsoup.parse(response.body(), "http://localhost:" + port + "/");
            pages.put(link.path, link.from);
            check(where, response.body(), page, keys, problems);
            if (link.depth == DEPTH) continue;
            for (var anchor : page.select("a[href]:not([download])")) {
                var target = local(anchor.absUrl("href"));
                if (target == null || !queued.add(target)) continue;
                if (perShape.merge(shape(target), 1, Integer::sum) > PAGES_PER_SHAPE) continue;
                queue.add(new Link(target, link.path, link.depth + 1));
            }
        }
        return pages;
    }

    private record Link(String path, String from, int depth) {
    }

    private static void check(String where, String html, Document page, Set<String> keys, Set<String> problems) {
        var missing = MISSING_KEY.matcher(html);
        if (missing.find()) problems.add(where + " shows a missing message key " + missing.group());
        // Words people read: code samples and typed text may well show a key or an expression on purpose.
        var words = page.clone();
        words.select("script, style, textarea, pre, code").remove();
        var unevaluated = UNEVALUATED.matcher(words.body().text());
        if (unevaluated.find()) problems.add(where + " shows an unevaluated expression " + unevaluated.group());
        for (var element : words.getAllElements()) {
            var own = element.ownText().strip();
            if (keys.contains(own)) problems.add(where + " shows the message key " + own + " as text");
            for (var attribute : List.of("placeholder", "title", "aria-label", "alt"))
                if (keys.contains(element.attr(attribute).strip()))
                    problems.add(where + " has the message key " + element.attr(attribute) + " as " + attribute);
            // A button shows its value; a checkbox's or an option's value is data.
            if (element.is("input[type=submit], input[type=button], input[type=reset]") && keys.contains(element.attr("value").strip()))
                problems.add(where + " has the message key " + element.attr("value") + " on a button");
        }
        for (var field : page.select("input:not([type=hidden],[type=submit],[type=button],[type=image],[type=reset]), select, textarea"))
            if (!labelled(page, field)) problems.add(where + " has an input without a label: " + field.outerHtml().split(">")[0] + ">");
    }

    /** A label for it, a label around it, or an accessible name from aria. */
    private static boolean labelled(Document page, Element field) {
        if (!field.attr("aria-label").isBlank()) return true;
        for (var id : field.attr("aria-labelledby").split("\\s+"))
            if (!id.isBlank() && page.getElementById(id) != null && !page.getElementById(id).text().isBlank()) return true;
        if (field.closest("label") != null && !field.closest("label").text().isBlank()) return true;
        var id = field.id();
        return !id.isBlank() && page.select("label[for]").stream().anyMatch(l -> l.attr("for").equals(id) && !l.text().isBlank());
    }

    /** One page of each shape in Chromium at 390 px: labels and words as the page's scripts left them. */
    private void inChromiumAtPhoneWidth(Map<String, String> pages, Set<String> keys, Set<String> problems) {
        logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        await(() -> text().contains("Log out"));
        browser.manage().window().setSize(new Dimension(390, 844));
        var shapes = new HashMap<String, String>();
        pages.keySet().forEach(path -> shapes.putIfAbsent(shape(path), path));
        var js = (JavascriptExecutor) browser;
        for (var path : new TreeSet<>(shapes.values())) {
            open(path);
            @SuppressWarnings("unchecked")
            var found = (List<String>) js.executeScript("""
                    const keys = new Set(arguments[0]);
                    const out = [];
                    const fields = document.querySelectorAll(
                        'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]), select, textarea');
                    for (const f of fields) {
                      const named = (f.getAttribute('aria-label') || '').trim()
                        || [...(f.labels || [])].some(l => l.textContent.trim())
                        || (f.getAttribute('aria-labelledby') || '').split(/\\s+/)
                             .some(id => id && document.getElementById(id) && document.getElementById(id).textContent.trim());
                      if (!named) out.push('an input without a label: ' + f.outerHTML.split('>')[0] + '>');
                    }
                    const text = document.body.innerText;
                    const missing = text.match(/\\?\\?[^?\\s]{1,160}\\?\\?/);
                    if (missing) out.push('a missing message key ' + missing[0]);
                    for (const line of text.split('\\n')) if (keys.has(line.trim())) out.push('the message key ' + line.trim() + ' as text');
                    return out;""", List.copyOf(keys));
            found.forEach(problem -> problems.add("Chromium at 390 px, admin " + path + " shows " + problem));
        }
    }

    private static String mainText(String html) {
        var main = Jsoup.parse(html).select("main").text();
        return main.length() > 200 ? main.substring(0, 200) : main;
    }

    private static Set<String> messageKeys() throws IOException {
        var messages = new Properties();
        try (var in = NavigationCrawlTests.class.getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = new TreeSet<String>();
        // Only keys that look like keys: a one-word key ("Spaces") could be a word on the page.
        for (var key : messages.stringPropertyNames()) if (key.contains(".")) keys.add(key);
        return keys;
    }

    private String local(String url) {
        if (url.isEmpty()) return null;
        var uri = URI.create(url.replace(" ", "%20"));
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) return null;
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (path.isEmpty()) return null;
        if (NOT_PAGES.stream().anyMatch(path::startsWith) || DOWNLOAD.matcher(path).matches()) return null;
        return path;
    }

    /** Pages of one kind: the same path with other ids, and the same page with other list parameters. */
    private static String shape(String path) {
        var plain = path.split("[?#]")[0];
        var query = path.contains("?") ? path.substring(path.indexOf('?') + 1).replaceAll("=[^&]*", "") : "";
        return plain.replaceAll("\\d+", "#").replaceAll("/[a-z0-9-]+-[a-z0-9-]+$", "/slug") + "?" + query;
    }
}
