package org.muster.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What moderation and support decide reaches the members concerned as one notification each, through
 * the real services and the change feed: flaggers, the asker of an escalation, the sanctioned member,
 * and those who may act on a new review item.
 */
class DecisionNoticesTests extends IntegrationTest {

    @Autowired
    WhatTheyMaySee whatTheyMaySee;
    @Autowired
    DecisionNotices decisionNotices;
    @Autowired
    org.muster.platform.Subscriptions subscriptions;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    private Http admin;
    private Person moderator;
    private String space;
    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private record Person(long id, String email, Http http) {
    }

    @BeforeEach
    void space() {
        admin = http.withToken(adminToken());
        moderator = person(memberWithRole("moderator", "Notice Moderator"));
        space = "notices-" + token;
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Notices " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router", "billing"))))).status()).isEqualTo(201);
    }

    @Test
    void eachFlaggerLearnsTheOutcomeOnceAndARemovedQuestionIsNotNamed() {
        var author = established("Asking author");
        long question = ask(author, "Router drops the line every hour " + token);
        long answer = answer(established("Answering peer"), question);
        var regular = established("Regular flagger");
        var newcomer = newMember("New flagger");
        // A regular's weight and a newcomer's stay below what hides a post: the answer stays up for the review.
        assertThat(regular.http().post("/api/v1/posts/" + answer + "/flags", Map.of("reason", "wrong")).status()).isEqualTo(201);
        assertThat(newcomer.http().post("/api/v1/posts/" + answer + "/flags", Map.of("reason", "wrong")).status()).isEqualTo(201);
        long review = reviewOf(answer);
        assertThat(moderator.http().post("/api/v1/moderation/reviews/" + review, Map.of("action", "approve")).status()).isEqualTo(200);
        awaitFeed("routing.decisions");

        var told = Told.about(db, NotificationKind.DECISION, "notification.decision.flag-", review);
        assertThat(told).extracting(Told::memberId).containsExactlyInAnyOrder(regular.id(), newcomer.id());
        assertThat(told).allSatisfy(t -> {
            assertThat(t.key()).isEqualTo("notification.decision.flag-approve");
            assertThat(t.questionId()).isEqualTo(question);
            assertThat(t.postId()).isEqualTo(answer);
            assertThat(t.args()).as("the title is read when shown").contains(NotificationLines.QUESTION_TITLE);
            assertThat(t.path()).isEqualTo("/questions/" + question + "#post-" + answer);
        });

        assertThat(regular.http().post("/api/v1/posts/" + question + "/flags", Map.of("reason", "private-data")).status()).isEqualTo(201);
        long second = reviewOf(question);
        assertThat(moderator.http().post("/api/v1/moderation/reviews/" + second, Map.of("action", "delete")).status()).isEqualTo(200);
        awaitFeed("routing.decisions");
        var removed = Told.about(db, NotificationKind.DECISION, "notification.decision.flag-", second);
        assertThat(removed).extracting(Told::memberId).containsExactly(regular.id());
        assertThat(removed.getFirst().key()).isEqualTo("notification.decision.flag-removed");
        assertThat(removed.getFirst().questionId()).isNull();
        assertThat(removed.getFirst().postId()).isNull();
        assertThat(removed.getFirst().args()).isEqualTo("[]");
    }

    @Test
    void aSolvedEscalationTellsTheAskerInAppBesideSupportsOwnMail() {
        var asker = established("Escalating asker");
        // Even a member who wants these mailed at once gets support's mail only.
        wantsMailAtOnce(asker.id(), NotificationKind.DECISION);
        long question = ask(asker, "Billing charged me twice this month " + token);
        long ticket = asker.http().post("/api/v1/questions/" + question + "/escalate", Map.of()).json().get("id").asLong();
        var staff = http.withToken(memberWithRole("staff", "Support Staff"));
        assertThat(staff.patch("/api/v1/support/tickets/" + ticket, Map.of("status", "solved")).status()).isEqualTo(200);
        awaitFeed("routing.decisions");

        var told = Told.about(db, NotificationKind.DECISION, "notification.decision.ticket-", ticket);
        assertThat(told).extracting(Told::memberId).containsExactly(asker.id());
        assertThat(told.getFirst().key()).isEqualTo("notification.decision.ticket-solved");
        assertThat(told.getFirst().questionId()).isEqualTo(question);
        assertThat(told.getFirst().path()).isEqualTo("/support/tickets/" + ticket);
        assertThat(told.getFirst().mail()).as("support mails the asker itself").isEqualTo("none");
    }

    @Test
    void aSanctionTellsTheMemberInAppBesideModerationsOwnMail() {
        var member = established("Sanctioned member");
        var imposed = moderator.http().post("/api/v1/moderation/members/" + member.id() + "/sanctions",
                Map.of("kind", "silence", "days", 2, "reason", "shouting " + token));
        assertThat(imposed.status()).isEqualTo(201);
        awaitFeed("routing.decisions");

        var told = Told.about(db, NotificationKind.SANCTION, "notification.sanction.", imposed.json().get("id").asLong());
        assertThat(told).extracting(Told::memberId).containsExactly(member.id());
        assertThat(told.getFirst().key()).isEqualTo("notification.sanction.silence");
        assertThat(told.getFirst().args()).contains(imposed.json().get("endsAt").asString().substring(0, 16));
        assertThat(told.getFirst().mail()).as("moderation mails the sanction with its reason itself").isEqualTo("none");
        assertThat(awaitMail(member.email(), "You cannot post until")).contains("shouting " + token);
    }

    @Test
    void aFollowerInstalledAfterTheFactStartsAtTheFeedsHeadAndTellsNobodyOfHistory() {
        var member = established("Sanctioned before the upgrade");
        var imposed = moderator.http().post("/api/v1/moderation/members/" + member.id() + "/sanctions",
                Map.of("kind", "silence", "days", 2, "reason", "history " + token));
        assertThat(imposed.status()).isEqualTo(201);
        awaitFeed("routing.decisions");
        long sanction = imposed.json().get("id").asLong();
        assertThat(Told.about(db, NotificationKind.SANCTION, "notification.sanction.", sanction)).hasSize(1);

        // As on an install that never had this follower: its position is gone, the sanction is history.
        transaction.executeWithoutResult(tx -> {
            subscriptions.lock(decisionNotices);
            db.sql("delete from feed_positions where subscription = 'routing.decisions'").update();
        });
        awaitFeed("routing.decisions");

        assertThat(Told.about(db, NotificationKind.SANCTION, "notification.sanction.", sanction)).hasSize(1);
    }

    @Test
    void aNewReviewItemTellsThoseWhoMayActOnItOnceAndIsHiddenOnceThePostIsGone() {
        var champion = person(memberWithRole("champion", "Router Champion"));
        assertThat(admin.put("/api/v1/moderation/champions/" + champion.id() + "/tags", List.of("router")).status()).isEqualTo(200);
        var otherChampion = person(memberWithRole("champion", "Billing Champion"));
        assertThat(admin.put("/api/v1/moderation/champions/" + otherChampion.id() + "/tags", List.of("billing")).status()).isEqualTo(200);
        var author = established("Question author");
        long question = ask(author, "Router forgets its settings after a reboot " + token);
        var answerer = established("Answer author");
        long answer = answer(answerer, question);
        var first = newMember("First flagger");
        var second = newMember("Second flagger");
        assertThat(first.http().post("/api/v1/posts/" + answer + "/flags", Map.of("reason", "offensive")).status()).isEqualTo(201);
        assertThat(second.http().post("/api/v1/posts/" + answer + "/flags", Map.of("reason", "offensive")).status()).isEqualTo(201);
        long review = reviewOf(answer);
        awaitFeed("routing.decisions");

        var told = Told.about(db, NotificationKind.MODERATION, "notification.moderation.", review);
        var recipients = told.stream().map(Told::memberId).toList();
        assertThat(recipients).as("one notice per reviewer, however many flags").doesNotHaveDuplicates()
                .contains(moderator.id(), champion.id())
                .doesNotContain(otherChampion.id(), first.id(), second.id(), author.id(), answerer.id());
        var championsNotice = told.stream().filter(t -> t.memberId() == champion.id()).findFirst().orElseThrow();
        assertThat(championsNotice.key()).isEqualTo("notification.moderation.flags");
        assertThat(championsNotice.questionId()).isEqualTo(question);
        assertThat(championsNotice.postId()).isEqualTo(answer);
        assertThat(whatTheyMaySee.keepVisible(champion.id(), List.of(championsNotice.stored(NotificationKind.MODERATION)))).hasSize(1);

        assertThat(answerer.http().delete("/api/v1/answers/" + answer).status()).isEqualTo(204);
        assertThat(whatTheyMaySee.keepVisible(champion.id(), List.of(championsNotice.stored(NotificationKind.MODERATION))))
                .as("the answer is deleted: the champion may no longer see it").isEmpty();
    }

    private void wantsMailAtOnce(long memberId, NotificationKind kind) {
        db.sql("insert into notification_settings (member_id, kind, setting) values (:m, :k, 'email')")
                .param("m", memberId).param("k", kind.name()).update();
    }

    private long reviewOf(long postId) {
        return db.sql("select (payload ->> 'reviewId')::bigint from domain_events where type = 'PostFlagged' and (payload ->> 'postId')::bigint = :p order by id desc limit 1")
                .param("p", postId).query(Long.class).single();
    }

    private long ask(Person who, String title) {
        var asked = who.http().post("/api/v1/questions", Map.of("space", space, "tags", List.of("router"), "title", title,
                "body", "It started last week after the automatic update; details below. " + token));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private long answer(Person who, long question) {
        var answered = who.http().post("/api/v1/questions/" + question + "/answers",
                Map.of("body", "Turn off the scheduled reboot in the admin page, then update the firmware. " + token));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return answered.json().get("id").asLong();
    }

    private Person person(String apiToken) {
        var client = new Http("http://localhost:" + port).withToken(apiToken);
        var me = client.get("/api/v1/me").json();
        return new Person(me.get("id").asLong(), me.get("email").asString(), client);
    }

    private Person newMember(String name) {
        var email = uniqueEmail("noticed");
        long id = verifiedMember(email, name);
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Person established(String name) {
        var person = newMember(name);
        establish(person.id());
        return person;
    }
}
