package org.muster.knowledge;

import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Spaces of their own with solved threads, for the summary and SEO tests: other tests write into the same database. */
abstract class SummaryFixture extends IntegrationTest {

    static final String STEPS = """
            This happens when the router keeps an old firmware after the update.

            1. Open the admin page of the router and sign in.
            2. Restart the router after installing firmware 2.2 from the support site.
            3. Disable the band steering option under wireless settings.

            ```
            sudo reboot now please
            ```
            Good luck with it!""";

    protected Http admin;
    protected String token;

    protected void setUpAdmin() {
        admin = http.withToken(adminToken());
        token = UUID.randomUUID().toString().substring(0, 8);
    }

    protected String space(String visibility) {
        var slug = "kn-" + UUID.randomUUID().toString().substring(0, 8);
        // The tags the tests ask with, named by the space so that they exist before a question carries them.
        var tags = List.of("wifi-" + token, "print-" + token, "camera-" + token, "html-" + token, "lager-" + token);
        var created = admin.post("/api/v1/spaces", Map.of("slug", slug, "name", "Knowledge " + slug, "visibility", visibility,
                "tagGroups", List.of(Map.of("name", "topic", "tags", tags))));
        if (created.status() != 201) throw new AssertionError(created.body());
        return slug;
    }

    protected Http member(String name) {
        var email = uniqueEmail(name.replace(' ', '-').toLowerCase());
        establish(verifiedMember(email, name));
        return new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD));
    }

    protected static long idOf(Http who) {
        return who.get("/api/v1/me").json().get("id").asLong();
    }

    protected long ask(Http who, String space, String title, String tag) {
        var response = who.post("/api/v1/questions", Map.of("space", space, "title", title,
                "body", "The router drops the wifi connection every hour since the firmware update.", "tags", List.of(tag)));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    protected long answer(Http who, long questionId, String body) {
        var response = who.post("/api/v1/questions/" + questionId + "/answers", Map.of("body", body));
        if (response.status() != 201) throw new AssertionError(response.body());
        return response.json().get("id").asLong();
    }

    protected void accept(Http asker, long questionId, long answerId) {
        var accepted = asker.post("/api/v1/questions/" + questionId + "/accept", Map.of("answerId", answerId));
        if (accepted.status() != 200) throw new AssertionError(accepted.body());
    }

    protected void comment(Http who, long postId, String body) {
        var added = who.post("/api/v1/posts/" + postId + "/comments", Map.of("body", body));
        if (added.status() != 201) throw new AssertionError(added.body());
    }

    /** A thread with three answers, the second accepted (its steps the summary's) and the asker's thanks under it. */
    protected SolvedThread solvedThread(String space, String tag) {
        var asker = member("Asker " + token);
        var helper = member("Helper " + token);
        var other = member("Other " + token);
        long question = ask(asker, space, "Router drops wifi every hour " + token, tag);
        long first = answer(other, question, "Maybe the cable is broken, have you tried another one at all?");
        long solution = answer(helper, question, STEPS);
        long third = answer(other, question, "I have the same problem with my router since last week.");
        accept(asker, question, solution);
        comment(asker, solution, "Thanks, that worked for me!");
        awaitFeed("knowledge.summaries", "knowledge.sitemap", "platform.page-cache");
        return new SolvedThread(question, first, solution, third, asker, helper, other);
    }

    record SolvedThread(long question, long first, long solution, long third, Http asker, Http helper, Http other) {
    }
}
