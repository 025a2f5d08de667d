package org.muster.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.qa.QaFixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff's "best of" collections: curated, ordered, pinned to spaces, and read by each reader as far as they may see. */
class CollectionTests extends QaFixture {

    private Http staff;
    private Http asker;

    @BeforeEach
    void space() {
        setUpSpace("public");
        staff = http.withToken(memberWithRole("staff"));
        asker = member("Collector");
    }

    @Test
    void aCollectionPinnedToASpaceShowsOnTheSpacePage() {
        long id = create("Best of the router space");
        arrange(id, List.of(ask(asker, "How do I update the router firmware safely")));
        assertThat(http.get("/spaces/" + space).body()).doesNotContain("Best of the router space");
        var pinned = staff.put("/api/v1/collections/" + id + "/spaces/" + space, Map.of());
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        assertThat(pinned.json().get("spaces").get(0).get("slug").asString()).isEqualTo(space);
        awaitFeed("platform.page-cache");
        assertThat(http.get("/spaces/" + space).body()).contains("Best of the router space").contains("/collections/" + id);

        assertThat(staff.delete("/api/v1/collections/" + id + "/spaces/" + space).status()).isEqualTo(200);
        awaitFeed("platform.page-cache");
        assertThat(http.get("/spaces/" + space).body()).doesNotContain("Best of the router space");
    }

    @Test
    void aPrivateQuestionIsHiddenFromAnOutsiderAndNotCounted() {
        long open = ask(asker, "Which channel width works best for the mesh");
        var publicSpace = space;
        setUpSpace("private");
        long hidden = ask(admin, "A private question about the staff router setup");
        space = publicSpace;
        long id = create("Best of mesh networks");
        arrange(id, List.of(hidden, open));

        var seen = http.get("/api/v1/collections/" + id).json();
        assertThat(seen.get("items").size()).isEqualTo(1);
        assertThat(seen.get("items").get(0).get("questionId").asLong()).isEqualTo(open);
        var page = http.get("/collections/" + id).body();
        assertThat(page).contains("Which channel width works best for the mesh").contains("1 question")
                .doesNotContain("A private question about the staff router setup");
        assertThat(http.get("/api/v1/collections").json().valueStream().filter(c -> c.get("id").asLong() == id)
                .findFirst().orElseThrow().get("items").size()).isEqualTo(1);
        assertThat(admin.get("/api/v1/collections/" + id).json().get("items").size()).isEqualTo(2);

        // A question deleted since it was collected leaves the collection's readers' view too.
        assertThat(admin.delete("/api/v1/questions/" + open).status()).isLessThan(300);
        assertThat(http.get("/api/v1/collections/" + id).json().get("items").size()).isZero();
    }

    @Test
    void staffReorderTheQuestions() {
        long first = ask(asker, "First question about the guest network");
        long second = ask(asker, "Second question about the guest network");
        long third = ask(asker, "Third question about the guest network");
        long id = create("Guest network essentials");
        arrange(id, List.of(first, second, third));
        assertThat(order(id)).containsExactly(first, second, third);
        arrange(id, List.of(third, first, second));
        assertThat(order(id)).containsExactly(third, first, second);

        // The page's buttons move one place at a time.
        var page = staffBrowser();
        var moved = page.submit("/collections/" + id, "/collections/" + id + "/items/" + second + "/move", Map.of("by", "-1"));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(order(id)).containsExactly(third, second, first);
    }

    @Test
    void onlyStaffCurate() {
        long id = create("Staff picks");
        long question = ask(asker, "Can I curate a collection as a member");
        assertThat(asker.post("/api/v1/collections", Map.of("title", "Mine")).status()).isEqualTo(403);
        assertThat(asker.put("/api/v1/collections/" + id + "/items", Map.of("questionIds", List.of(question))).status()).isEqualTo(403);
        assertThat(asker.put("/api/v1/collections/" + id + "/spaces/" + space, Map.of()).status()).isEqualTo(403);
        assertThat(http.withToken(memberWithRole("moderator")).put("/api/v1/collections/" + id, Map.of("title", "Renamed")).status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/collections", Map.of("title", "Visitor's")).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/collections/" + id).status()).isEqualTo(200);
    }

    @Test
    void badItemsAreRefusedBesideTheirField() {
        long id = create("Careful picks");
        long question = ask(asker, "A question to collect once only please");
        var withNull = new ArrayList<Long>();
        withNull.add(question);
        withNull.add(null);
        var refused = staff.put("/api/v1/collections/" + id + "/items", Map.of("questionIds", withNull));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("questionIds[1]");
        var twice = staff.put("/api/v1/collections/" + id + "/items", Map.of("questionIds", List.of(question, question)));
        assertThat(twice.json().get("field").asString()).isEqualTo("questionIds[1]");
        var unknown = staff.put("/api/v1/collections/" + id + "/items", Map.of("questionIds", List.of(Long.MAX_VALUE)));
        assertThat(unknown.json().get("field").asString()).isEqualTo("questionIds[0]");
        var blank = staff.post("/api/v1/collections", Map.of("title", "\u200b\u0000"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asString()).isEqualTo("title");
        assertThat(staff.get("/api/v1/collections/" + Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void theDescriptionIsSanitizedMarkdown() {
        var created = staff.post("/api/v1/collections", Map.of("title", "Safe picks",
                "description", "The **best** answers <script>alert(1)</script>"));
        assertThat(created.status()).isEqualTo(201);
        var html = created.json().get("descriptionHtml").asString();
        assertThat(html).contains("<strong>best</strong>").doesNotContain("<script>");
    }

    private long create(String title) {
        var created = staff.post("/api/v1/collections", Map.of("title", title, "description", "Picked by *staff*."));
        if (created.status() != 201) throw new AssertionError(created.body());
        return created.json().get("id").asLong();
    }

    private void arrange(long id, List<Long> questionIds) {
        var arranged = staff.put("/api/v1/collections/" + id + "/items", Map.of("questionIds", questionIds));
        if (arranged.status() != 200) throw new AssertionError(arranged.body());
    }

    private List<Long> order(long id) {
        return http.get("/api/v1/collections/" + id).json().get("items").valueStream().map(i -> i.get("questionId").asLong()).toList();
    }

    private Http staffBrowser() {
        var email = uniqueEmail("staff");
        memberFixture().create(email, "Staff browser", "staff");
        var browser = new Http("http://localhost:" + port);
        var login = browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        if (login.status() != 302) throw new AssertionError(login.body());
        return browser;
    }
}
