package org.muster.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role meets when it clicks through Muster: every page reachable from the navigation (and
 * the links on those pages) renders without an error page or a raw message key, and every form, sent
 * empty as a browser sends it, comes back with its errors beside its fields instead of an error page.
 */
class EveryPageTests extends IntegrationTest {

    /** Links that leave the pages (files, feeds, the API) or end the session. */
    private static final List<String> NOT_PAGES = List.of("/logout", "/assets/", "/webjars/", "/api/", "/calendar/",
            "/openbadges/", "/actuator/", "/v3/");

    private static final int DEPTH = 2;
    private static final int PAGES_PER_SECTION = 8;

    private static final Object FIXTURE_LOCK = new Object();
    private static Map<String, String> emails;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @ParameterizedTest
    @ValueSource(strings = {"visitor", "member", "champion", "moderator", "staff", "admin"})
    void everyLinkedPageRendersAndEveryFormSentEmptyShowsItsErrorsBesideItsFields(String role) {
        var people = community();
        var session = new Http("http://localhost:" + port);
        if (!role.equals("visitor")) {
            var login = session.submit("/login", "/login", Map.of("email", people.get(role),
                    "password", role.equals("admin") ? ADMIN_PASSWORD : PASSWORD));
            assertThat(login.header("Location")).as(role + " logs in: " + text(session.get(login.header("Location")).body())).doesNotContain("error");
        }
        var problems = new ArrayList<String>();
        var forms = new LinkedHashMap<String, Form>();
        for (var page : crawl(session, role, problems).entrySet())
            for (var form : page.getValue().select("form[method=post]")) {
                var found = Form.of(page.getKey(), form);
                if (found != null) forms.putIfAbsent(shape(found.action), found);
            }
        for (var form : forms.values()) checkEmpty(session, form, problems);
        assertThat(problems).as(role).isEmpty();
    }

    /**
     * The same pages read by a Dutch or French browser: no raw key, and none of the English bundle's sentences
     * where the language says something else (a key the language lacks falls back to English, so shows here too).
     */
    @ParameterizedTest
    @CsvSource({"visitor,nl", "visitor,fr", "member,nl", "member,fr", "staff,nl", "staff,fr"})
    void everyLinkedPageSpeaksTheBrowsersLanguage(String role, String language) throws IOException {
        var people = community();
        var session = new Http("http://localhost:" + port).withHeaders(Map.of("Accept-Language", language + ";q=1, en;q=0.5"));
        if (!role.equals("visitor"))
            assertThat(session.submit("/login", "/login", Map.of("email", people.get(role), "password", PASSWORD)).status()).isEqualTo(302);
        var english = MessageBundleTests.bundle("messages.properties");
        var translated = MessageBundleTests.bundle("messages_" + language + ".properties");
        // Sentences only: a short label ("OK", "Muster") may rightly read the same, and a message with
        // arguments never shows as written.
        var untranslated = english.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("language."))
                .filter(key -> {
                    var text = english.getProperty(key);
                    return text.length() >= 15 && text.contains(" ") && !text.contains("{") && !text.contains("<")
                            && !text.equals(translated.getProperty(key));
                })
                .collect(java.util.stream.Collectors.toMap(english::getProperty, key -> key, (a, b) -> a));
        var problems = new ArrayList<String>();
        for (var page : crawl(session, role, problems).entrySet()) {
            // A whole page (not an htmx fragment) says its language, which the browser's relative times follow.
            if (!page.getValue().select("header.site").isEmpty())
                assertThat(page.getValue().selectFirst("html").attr("lang")).as(page.getKey()).isEqualTo(language);
            var text = page.getValue().text();
            for (var sentence : untranslated.entrySet())
                if (text.contains(sentence.getKey()))
                    problems.add(page.getKey() + " shows " + sentence.getValue() + " in English: " + sentence.getKey());
        }
        assertThat(problems).as(role + " in " + language).isEmpty();
    }

    /** Pages reachable from the home page, one of each kind, with what went wrong on the way. */
    private Map<String, Document> crawl(Http session, String role, List<String> problems) {
        var pages = new LinkedHashMap<String, Document>();
        var seen = new HashSet<String>();
        var perSection = new HashMap<String, Integer>();
        var queue = new ArrayDeque<Map.Entry<String, Integer>>();
        queue.add(Map.entry("/", 0));
        seen.add(shape("/"));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            var path = next.getKey();
            var response = session.get(path);
            if (response.status() == 302) {
                var location = response.header("Location");
                if (location.endsWith("/login") && role.equals("visitor")) continue;
                response = session.get(location.split("#")[0]);
                path = path + " -> " + location;
            }
            if (response.status() != 200) {
                problems.add(path + " answered " + response.status() + ": " + text(response.body()));
                continue;
            }
            if (!String.valueOf(response.header("Content-Type")).startsWith("text/html")) continue;
            var page = Jsoup.parse(response.body(), "http://localhost:" + port + "/");
            rawKeys(path, response.body(), problems);
            pages.put(next.getKey(), page);
            if (next.getValue() == DEPTH) continue;
            for (var link : page.select("a[href]")) {
                var target = local(link.absUrl("href"));
                if (target == null || !seen.add(shape(target))) continue;
                var section = target.split("[/?#]")[1];
                if (perSection.merge(section, 1, Integer::sum) > PAGES_PER_SECTION) continue;
                queue.add(Map.entry(target, next.getValue() + 1));
            }
        }
        assertThat(pages.size()).as(role + " reaches pages").isGreaterThan(5);
        return pages;
    }

    /** A form sent as a browser sends it when nothing was typed: empty text, the preselected choices. */
    private void checkEmpty(Http session, Form form, List<String> problems) {
        var response = form.file != null
                ? session.submitWithFile(form.page, form.action, form.values, form.file, "", new byte[0])
                : session.submit(form.page, form.action, form.values);
        var where = "empty form " + form.action + " on " + form.page;
        if (response.status() == 302 || response.status() == 303) {
            if (form.required.isEmpty()) return;
            // A refusal may come back through a redirect to the form's page (as logging in does).
            response = session.get(response.header("Location").split("#")[0]);
            if (Jsoup.parse(response.body()).select("form .error").isEmpty()) {
                problems.add(where + " was accepted although " + form.required + " are required");
                return;
            }
        }
        if (response.status() != 200) {
            problems.add(where + " answered " + response.status() + ": " + text(response.body()));
            return;
        }
        rawKeys(where, response.body(), problems);
        var page = Jsoup.parse(response.body());
        var besideFields = page.select(".error").stream().filter(EveryPageTests::besideAField).toList();
        // A form of optional fields may answer with its result at once (a new API token is shown on the response).
        if (besideFields.isEmpty() && !form.required.isEmpty())
            problems.add(where + " shows no error beside a field: " + page.select(".error").eachText());
    }

    /** An error message in the form it is about: beside its field, or above the fields when it is about them all. */
    private static boolean besideAField(Element error) {
        var form = error.closest("form");
        return form != null && !form.select("input:not([type=hidden]), textarea, select").isEmpty();
    }

    private static void rawKeys(String where, String html, List<String> problems) {
        int at = html.indexOf("??");
        if (at >= 0) problems.add(where + " shows a raw message key: " + html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 60)));
    }

    private static String text(String html) {
        var main = Jsoup.parse(html).select("main").text();
        return main.length() > 200 ? main.substring(0, 200) : main;
    }

    private String local(String url) {
        if (url.isEmpty()) return null;
        var uri = URI.create(url);
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) return null;
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (path.equals("/") || path.isEmpty()) return null;
        if (NOT_PAGES.stream().anyMatch(path::startsWith) || path.matches(".*\\.(csv|ics|svg|png|json)(\\?.*)?")) return null;
        if (path.matches("/submissions/\\d+/image")) return null;
        return path;
    }

    /** Pages of one kind: the same path with other ids, and the same page with other list parameters. */
    private static String shape(String path) {
        var plain = path.split("[?#]")[0];
        return plain.replaceAll("\\d+", "#");
    }

    /** A form with something to type in it; forms of buttons alone (vote, accept, log out) are actions, not forms. */
    private record Form(String page, String action, Map<String, String> values, List<String> required, String file) {
        static Form of(String page, Element form) {
            var typed = form.select("input:not([type=hidden],[type=checkbox],[type=radio],[type=submit],[type=button]), textarea");
            if (typed.isEmpty()) return null;
            var values = new LinkedHashMap<String, String>();
            for (var field : form.select("input[name], textarea[name], select[name]")) {
                var name = field.attr("name");
                if (name.equals("_csrf")) continue;
                switch (field.tagName()) {
                    case "select" -> {
                        var chosen = field.selectFirst("option[selected]");
                        if (chosen == null) chosen = field.selectFirst("option");
                        if (chosen != null) values.put(name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text());
                    }
                    case "input" -> {
                        var type = field.attr("type");
                        if (type.equals("hidden") || ((type.equals("checkbox") || type.equals("radio")) && field.hasAttr("checked")))
                            values.put(name, field.hasAttr("value") ? field.attr("value") : "on");
                        else if (!type.equals("checkbox") && !type.equals("radio") && !type.equals("file") && !type.equals("submit"))
                            values.put(name, "");
                    }
                    default -> values.put(name, "");
                }
            }
            var required = typed.stream().filter(f -> f.hasAttr("required")).map(f -> f.attr("name")).toList();
            var action = form.attr("action");
            var file = form.selectFirst("input[type=file][name]");
            return new Form(page, action.isEmpty() ? page : action, values, required, file == null ? null : file.attr("name"));
        }
    }

    /** One person per role and something of everything for them to look at, made once for all roles. */
    private Map<String, String> community() {
        synchronized (FIXTURE_LOCK) {
            if (emails == null) emails = buildCommunity();
            return emails;
        }
    }

    private Map<String, String> buildCommunity() {
        var admin = http.withToken(adminToken());
        var people = new LinkedHashMap<String, String>();
        people.put("admin", ADMIN_EMAIL);
        var ids = new HashMap<String, Long>();
        for (var role : List.of("member", "champion", "moderator", "staff")) {
            var email = uniqueEmail("every-" + role);
            var created = admin.post("/api/v1/admin/members", Map.of("email", email, "password", PASSWORD,
                    "displayName", "Every " + role, "role", role));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.put(role, created.json().get("id").asLong());
            establish(ids.get(role));
            people.put(role, email);
        }
        var member = http.withToken(tokenFor(people.get("member"), PASSWORD));
        var champion = http.withToken(tokenFor(people.get("champion"), PASSWORD));
        var staff = http.withToken(tokenFor(people.get("staff"), PASSWORD));

        var space = "every-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Every page " + token, "visibility", "public",
                "templateFields", List.of(Map.of("label", "Environment", "required", true)),
                "tagGroups", List.of(Map.of("name", "platform", "tags", List.of("windows", "linux"))))).status()).isEqualTo(201);
        var question = member.post("/api/v1/questions", Map.of("space", space, "title", "Router drops every evening " + token,
                "body", "The router drops the connection every evening since the update.", "tags", List.of("windows"),
                "fields", Map.of("environment", "Firmware 2.1")));
        assertThat(question.status()).as(question.body()).isEqualTo(201);
        long questionId = question.json().get("id").asLong();
        var answer = champion.post("/api/v1/questions/" + questionId + "/answers",
                Map.of("body", "Pick a fixed channel instead of auto; neighbours crowd the automatic pick."));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        member.post("/api/v1/posts/" + answer.json().get("id").asLong() + "/flags", Map.of("reason", "off-topic"));
        champion.post("/api/v1/posts/" + questionId + "/flags", Map.of("reason", "spam"));

        var program = staff.post("/api/v1/programs", Map.of("name", "Every program " + token, "budget", 1000));
        assertThat(program.status()).as(program.body()).isEqualTo(201);
        var programSlug = program.json().get("slug").asString();
        for (var kind : List.of("task", "shift", "match")) {
            var mission = staff.post("/api/v1/missions", Map.of("program", programSlug, "title", "Every " + kind + " " + token,
                    "description", "A " + kind + " for every page", "kind", kind, "rewardPoints", 10));
            assertThat(mission.status()).as(mission.body()).isEqualTo(201);
            if (kind.equals("shift")) {
                var start = Instant.now().plus(Duration.ofDays(3));
                var slot = staff.post("/api/v1/missions/" + mission.json().get("slug").asString() + "/slots", Map.of(
                        "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(2)).toString(), "place", "Hall B",
                        "capacity", 1, "optInUntil", Instant.now().plus(Duration.ofDays(1)).toString()));
                assertThat(slot.status()).as(slot.body()).isEqualTo(201);
            }
        }
        var challenge = staff.post("/api/v1/missions", Map.of("program", programSlug, "title", "Every challenge " + token,
                "description", "Answer one question", "kind", "challenge", "rewardPoints", 10, "challengeMetric", "accepted",
                // Its own tag: a challenge open to all would pay every other test's answerers too.
                "challengeTag", "every-page-" + token, "challengeTarget", 1, "startsAt", Instant.now().minusSeconds(60).toString(),
                "endsAt", Instant.now().plus(Duration.ofDays(30)).toString()));
        assertThat(challenge.status()).as(challenge.body()).isEqualTo(201);
        var item = admin.post("/api/v1/rewards/items", Map.of("name", "Every item " + token, "description", "10 % off",
                "kind", "merchandise", "cost", 5, "stock", 10));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        return people;
    }
}
