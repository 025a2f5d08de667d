package org.muster.routing;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notification mail as members receive it: read back from the SMTP server as MIME. The jobs are run
 * with a given clock; quiet hours and digest hours are set around the real clock so that the
 * scheduled rounds, which also run, cannot send early what a test expects to wait.
 */
class NotificationMailTests extends IntegrationTest {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    NotificationMailJob atOnce;
    @Autowired
    DigestJob digests;
    @Autowired
    Notifications notifications;
    @Autowired
    UnsubscribeLinks unsubscribeLinks;
    @Autowired
    TransactionTemplate transaction;

    private static String space;
    private static Http asker;
    private static Http answerer;
    private static long answererId;

    private void ensureSpace() {
        if (space != null) return;
        var admin = http.withToken(adminToken());
        space = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/v1/spaces", Map.of("slug", space, "name", "Mail " + space, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "topic", "tags", List.of("router"))))).status()).isEqualTo(201);
        asker = http.withToken(memberWithRole("member", "Mail Asker"));
        var answererToken = memberWithRole("member", "Mail Answerer");
        answerer = http.withToken(answererToken);
        answererId = answerer.get("/api/v1/me").json().get("id").asLong();
    }

    private record Asked(long questionId, String title) {
    }

    private Asked question(String words) {
        ensureSpace();
        var title = "My router drops the line " + words;
        var asked = asker.post("/api/v1/questions", Map.of("space", space, "tags", List.of("router"),
                "title", title, "body", "It happens every evening since the update. " + words));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return new Asked(asked.json().get("id").asLong(), title);
    }

    private long answer(Asked thread, String words) {
        var answered = answerer.post("/api/v1/questions/" + thread.questionId() + "/answers",
                Map.of("body", "Turn off the power saving of the line, it helped me. " + words));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        return answered.json().get("id").asLong();
    }

    /** Notified as a watcher would be: the reader neither asked nor answered, so nothing else tells them. */
    private void tell(long readerId, NotificationKind kind, Asked thread, long... answerIds) {
        transaction.executeWithoutResult(tx -> {
            for (long answerId : answerIds)
                notifications.notify(new Notice(readerId, kind, thread.questionId(), answerId, null, null, answererId,
                        kind.messageKey(), List.of(), "/questions/" + thread.questionId() + "#a-" + answerId));
        });
    }

    private record Reader(long id, String email, Http http) {
    }

    private Reader reader(String name) {
        var email = uniqueEmail(name.toLowerCase(java.util.Locale.ROOT));
        long id = verifiedMember(email, name);
        return new Reader(id, email, http.withToken(tokenFor(email, PASSWORD)));
    }

    private int outbox(String email) {
        return db.sql("select count(*) from mails where recipient = :r").param("r", email).query(Integer.class).single();
    }

    private static List<MimeMessage> awaitMessages(String email, int count) {
        return awaitMessages(email, count, Duration.ofSeconds(15));
    }

    private static List<MimeMessage> awaitMessages(String email, int count, Duration patience) {
        var deadline = Instant.now().plus(patience);
        while (true) {
            var found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, email)).toList();
            if (found.size() >= count) return found;
            if (Instant.now().isAfter(deadline)) throw new AssertionError(found.size() + " mails reached " + email);
            pause();
        }
    }

    private static boolean to(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text and the HTML part of a multipart/alternative mail. */
    private static List<String> parts(MimeMessage message) throws Exception {
        assertThat(message.getContentType()).startsWith("multipart/");
        var parts = new ArrayList<String>();
        collect((Multipart) message.getContent(), parts);
        return parts;
    }

    private static void collect(Multipart multipart, List<String> parts) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) collect(inner, parts);
            else parts.add(part.getContentType().split(";")[0].toLowerCase() + "\n" + part.getContent());
        }
    }

    @Test
    void answersWithinTheHourAreFoldedIntoOneMailAboutTheQuestion() throws Exception {
        var reader = reader("Folded");
        var thread = question("folded " + UUID.randomUUID());
        tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answer(thread, "one"), answer(thread, "two"));
        var now = Instant.now();

        atOnce.sendDue(now);

        var message = awaitMessages(reader.email(), 1).getFirst();
        assertThat(message.getSubject()).isEqualTo("2 new answers on \u201c" + thread.title() + "\u201d");
        var parts = parts(message);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("text/plain").contains(thread.title())
                .contains("/questions/" + thread.questionId() + "#a-").contains("/unsubscribe/")
                .contains("Unsubscribe from \u201cQuestions I watch\u201d:").doesNotContain("??");
        assertThat(parts.get(1)).startsWith("text/html").contains("<a href=\"http://localhost:" + port + "/questions/" + thread.questionId());
        assertThat(message.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:" + port + "/unsubscribe/[A-Za-z0-9_.-]+>");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // A third answer within the hour waits for the hour to end, then comes alone.
        tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answer(thread, "three"));
        atOnce.sendDue(now.plus(Duration.ofMinutes(10)));
        assertThat(outbox(reader.email())).isEqualTo(1);
        atOnce.sendDue(now.plus(Duration.ofMinutes(61)));
        assertThat(outbox(reader.email())).isEqualTo(2);
        assertThat(awaitMessages(reader.email(), 2).get(1).getSubject()).startsWith("a new answer on");
    }

    @Test
    void mailAboutWhatTheReaderMayNoLongerSeeIsDroppedUnsent() {
        var reader = reader("Deleted");
        var thread = question("deleted " + UUID.randomUUID());
        long answerId = answer(thread, "soon gone");
        tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answerId);
        assertThat(answerer.delete("/api/v1/answers/" + answerId).status()).isEqualTo(204);

        atOnce.sendDue(Instant.now());

        assertThat(outbox(reader.email())).isZero();
        assertThat(db.sql("select mail from notifications where member_id = :m").param("m", reader.id())
                .query(String.class).single()).isEqualTo("done");
    }

    @Test
    void mailWaitsUntilQuietHoursInTheMembersOwnZoneEnd() {
        var reader = reader("Quiet");
        var zone = ZoneId.of("Pacific/Auckland");
        assertThat(reader.http().patch("/api/v1/me", Map.of("displayName", "Quiet", "timeZone", zone.getId())).status()).isEqualTo(200);
        var now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        var local = now.atZone(zone).toLocalTime();
        var set = reader.http().put("/api/v1/notification-settings/mail", Map.of("quietHoursStart", HH_MM.format(local.minusHours(1)),
                "quietHoursEnd", HH_MM.format(local.plusHours(1)), "digestHour", 8, "weeklyDigestDay", "MONDAY"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var thread = question("quiet " + UUID.randomUUID());
        tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answer(thread, "at night"));

        atOnce.sendDue(now.plus(Duration.ofMinutes(30)));
        assertThat(outbox(reader.email())).isZero();

        atOnce.sendDue(now.plus(Duration.ofMinutes(61)));
        assertThat(outbox(reader.email())).isEqualTo(1);
    }

    @Test
    void refusesQuietHoursWithoutAnEndNamingTheField() {
        var reader = reader("Halfquiet");
        var refused = reader.http().put("/api/v1/notification-settings/mail", Map.of("quietHoursStart", "22:00",
                "quietHoursEnd", "", "digestHour", 8, "weeklyDigestDay", "MONDAY"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("quietHoursEnd");
        var bad = reader.http().put("/api/v1/notification-settings/mail", Map.of("quietHoursStart", "25:99",
                "quietHoursEnd", "07:00", "digestHour", 8, "weeklyDigestDay", "MONDAY"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("quietHoursStart");
        for (var hostile : List.of(Map.of("digestHour", "soon"), Map.of("digestHour", 24), Map.of("weeklyDigestDay", "SOMEDAY"),
                Map.of("quietHoursStart", "07:00", "quietHoursEnd", "07:00")))
            assertThat(reader.http().put("/api/v1/notification-settings/mail", hostile).status()).as(hostile.toString()).isEqualTo(400);
        assertThat(reader.http().postRaw("/api/v1/notification-settings/mail", "application/json", "{").status()).isIn(400, 405);
        assertThat(new Http("http://localhost:" + port).get("/api/v1/notification-settings/mail").status()).isEqualTo(401);
        assertThat(reader.http().get("/api/v1/notification-settings/mail").json().get("quietHoursStart").asString()).isEmpty();
    }

    @Test
    void theDailyDigestGoesOutOncePerDayAndIsSkippedWhenNothingInItMayStillBeSeen() throws Exception {
        // Half a day from now, so the scheduled rounds on the real clock do not send it first.
        var hour = (Instant.now().atZone(ZoneId.of("UTC")).getHour() + 12) % 24;
        var due = Instant.now().atZone(ZoneId.of("UTC")).truncatedTo(ChronoUnit.HOURS).withHour(hour).plusMinutes(5);
        if (due.toInstant().isBefore(Instant.now())) due = due.plusDays(1);
        var digest = reader("Digest");
        var empty = reader("Emptydigest");
        for (var reader : List.of(digest, empty))
            assertThat(reader.http().put("/api/v1/notification-settings/mail", Map.of("quietHoursStart", "",
                    "quietHoursEnd", "", "digestHour", hour, "weeklyDigestDay", "MONDAY")).status()).isEqualTo(200);
        var thread = question("digest " + UUID.randomUUID());
        tell(digest.id(), NotificationKind.WATCHED_TOPIC, thread, answer(thread, "kept"));
        long gone = answer(thread, "gone");
        tell(empty.id(), NotificationKind.WATCHED_TOPIC, thread, gone);
        assertThat(answerer.delete("/api/v1/answers/" + gone).status()).isEqualTo(204);

        digests.sendDue(due.minusHours(1).toInstant());
        assertThat(outbox(digest.email())).isZero();
        digests.sendDue(due.toInstant());
        digests.sendDue(due.plusMinutes(30).toInstant());

        assertThat(outbox(digest.email())).isEqualTo(1);
        assertThat(outbox(empty.email())).isZero();
        var message = awaitMessages(digest.email(), 1).getFirst();
        assertThat(message.getSubject()).isEqualTo("Your daily digest: one notification");
        assertThat(parts(message).getFirst()).contains(thread.title()).contains("/unsubscribe/");
        assertThat(message.getHeader("List-Unsubscribe")).isNotNull();
    }

    @Test
    void theWeeklyDigestGoesOutOnTheMembersDayOnly() throws Exception {
        var hour = (Instant.now().atZone(ZoneId.of("UTC")).getHour() + 12) % 24;
        var due = Instant.now().atZone(ZoneId.of("UTC")).truncatedTo(ChronoUnit.HOURS).withHour(hour).plusMinutes(5);
        if (due.toInstant().isBefore(Instant.now())) due = due.plusDays(1);
        var weekly = reader("Weekly");
        assertThat(weekly.http().put("/api/v1/notification-settings/mail", Map.of("quietHoursStart", "", "quietHoursEnd", "",
                "digestHour", hour, "weeklyDigestDay", due.getDayOfWeek().name())).status()).isEqualTo(200);
        db.sql("insert into notification_settings (member_id, kind, setting) values (:m, 'WATCHED_TOPIC', 'weekly')")
                .param("m", weekly.id()).update();
        var thread = question("weekly " + UUID.randomUUID());
        tell(weekly.id(), NotificationKind.WATCHED_TOPIC, thread, answer(thread, "weekly"));

        digests.sendDue(due.minusDays(1).toInstant());
        digests.sendDue(due.plusDays(1).toInstant().minus(Duration.ofDays(7)));
        assertThat(outbox(weekly.email())).isZero();
        digests.sendDue(due.toInstant());
        digests.sendDue(due.plusHours(2).toInstant());

        assertThat(outbox(weekly.email())).isEqualTo(1);
        assertThat(awaitMessages(weekly.email(), 1).getFirst().getSubject()).isEqualTo("Your weekly digest: one notification");
    }

    @Test
    void aMemberWhoseMailCannotBeWrittenHoldsUpNobodyElse() {
        var broken = reader("Broken");
        var healthy = reader("Healthy");
        var thread = question("broken " + UUID.randomUUID());
        long answerId = answer(thread, "for both");
        transaction.executeWithoutResult(tx -> {
            // A line whose bundle text wants a number but is given a name: rendering it fails.
            notifications.notify(new Notice(broken.id(), NotificationKind.WATCHED_QUESTION, thread.questionId(), answerId,
                    null, null, answererId, "mail.notification.answers", List.of("not a number"), "/questions/" + thread.questionId()));
        });
        tell(healthy.id(), NotificationKind.WATCHED_QUESTION, thread, answerId);

        atOnce.sendDue(Instant.now());

        assertThat(outbox(healthy.email())).isEqualTo(1);
        assertThat(outbox(broken.email())).isZero();
        assertThat(db.sql("select mail from notifications where member_id = :m").param("m", broken.id())
                .query(String.class).single()).isEqualTo("now");
    }

    @Test
    void aForgedTruncatedOrForeignUnsubscribeLinkIs400AndChangesNothing() throws Exception {
        var reader = reader("Forger");
        var token = unsubscribeLinks.token(reader.id(), NotificationKind.ANSWER);
        var signature = token.substring(token.indexOf('.') + 1);
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var otherMember = encoder.encodeToString((reader.id() + 1 + ".ANSWER").getBytes(StandardCharsets.UTF_8)) + "." + signature;
        var otherKind = encoder.encodeToString((reader.id() + ".SANCTION").getBytes(StandardCharsets.UTF_8)) + "." + signature;
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("another installation's key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var payload = reader.id() + ".ANSWER";
        var foreign = encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        var visitor = new Http("http://localhost:" + port);
        for (var bad : List.of(otherMember, otherKind, foreign, token.substring(0, token.length() - 3), "nothing")) {
            assertThat(visitor.get("/unsubscribe/" + bad).status()).as(bad).isEqualTo(400);
            assertThat(visitor.postRaw("/unsubscribe/" + bad, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                    .status()).as(bad).isEqualTo(400);
        }
        assertThat(db.sql("select count(*) from notification_settings where member_id in (:a, :b)")
                .param("a", reader.id()).param("b", reader.id() + 1).query(Integer.class).single()).isZero();
    }

    @Test
    void oneClickUnsubscribeFromTheMailTurnsItsKindOffWithoutSigningIn() throws Exception {
        var reader = reader("Leaver");
        var thread = question("leaving " + UUID.randomUUID());
        tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answer(thread, "first"));
        atOnce.sendDue(Instant.now());
        var header = awaitMessages(reader.email(), 1).getFirst().getHeader("List-Unsubscribe")[0];
        var path = header.substring(header.indexOf("/unsubscribe/"), header.length() - 1);
        var visitor = new Http("http://localhost:" + port);

        var page = visitor.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Questions I watch").contains("<button");
        assertThat(notifications.setting(reader.id(), NotificationKind.WATCHED_QUESTION)).isEqualTo(NotificationSetting.EMAIL);

        var done = visitor.postRaw(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(done.status()).isEqualTo(200);
        assertThat(notifications.setting(reader.id(), NotificationKind.WATCHED_QUESTION)).isEqualTo(NotificationSetting.OFF);
        assertThat(db.sql("select count(*) from domain_events where type = 'NotificationUnsubscribed' and payload ->> 'memberId' = :m")
                .param("m", String.valueOf(reader.id())).query(Integer.class).single()).isEqualTo(1);

        tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answer(thread, "second"));
        atOnce.sendDue(Instant.now().plus(Duration.ofHours(2)));
        assertThat(outbox(reader.email())).isEqualTo(1);
    }

    @Test
    void mailWrittenWhileTheSmtpServerIsDownArrivesWhenItIsBack() throws Exception {
        var reader = reader("Outage");
        var thread = question("outage " + UUID.randomUUID());
        long answerId = answer(thread, "while down");
        SMTP.stop();
        try {
            tell(reader.id(), NotificationKind.WATCHED_QUESTION, thread, answerId);
            atOnce.sendDue(Instant.now());
            var deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (db.sql("select count(*) from mails where recipient = :r and attempts > 0 and last_error is not null")
                    .param("r", reader.email()).query(Integer.class).single() == 0) {
                assertThat(Instant.now()).as("the worker tried and failed").isBefore(deadline);
                pause();
            }
            assertThat(db.sql("select status from mails where recipient = :r").param("r", reader.email())
                    .query(String.class).single()).isEqualTo("pending");
        } finally {
            SMTP.start();
        }
        // The worker's next try comes after its pause (4 s after the first failure, 16 s after a second).
        assertThat(awaitMessages(reader.email(), 1, Duration.ofSeconds(40)).getFirst().getSubject()).startsWith("a new answer on");
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!db.sql("select status from mails where recipient = :r").param("r", reader.email()).query(String.class).single().equals("sent")) {
            assertThat(Instant.now()).as("the mail is marked sent").isBefore(deadline);
            pause();
        }
    }

    @Test
    void theMailSettingsPageShowsARefusalBesideItsFieldAndSaves() {
        var reader = reader("Settings");
        var page = new Http("http://localhost:" + port);
        assertThat(page.submit("/login", "/login", Map.of("email", reader.email(), "password", PASSWORD)).status()).isEqualTo(302);
        var refused = page.submit("/settings/notifications/mail", "/settings/notifications/mail",
                Map.of("quietHoursStart", "22:00", "quietHoursEnd", "", "digestHour", "7", "weeklyDigestDay", "FRIDAY"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"quietHoursEnd-error\"").contains("Give both the start and the end");
        var saved = page.submit("/settings/notifications/mail", "/settings/notifications/mail",
                Map.of("quietHoursStart", "22:00", "quietHoursEnd", "07:00", "digestHour", "7", "weeklyDigestDay", "FRIDAY"));
        assertThat(saved.status()).isEqualTo(302);
        var shown = reader.http().get("/api/v1/notification-settings/mail").json();
        assertThat(shown.get("quietHoursStart").asString()).isEqualTo("22:00");
        assertThat(shown.get("quietHoursEnd").asString()).isEqualTo("07:00");
        assertThat(shown.get("digestHour").asInt()).isEqualTo(7);
        assertThat(shown.get("weeklyDigestDay").asString()).isEqualTo("FRIDAY");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sanctionMailCannotBeUnsubscribed() {
        var reader = reader("Sanctioned");
        var path = "/unsubscribe/" + unsubscribeLinks.token(reader.id(), NotificationKind.SANCTION);
        var visitor = new Http("http://localhost:" + port);
        var page = visitor.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("cannot be turned off").doesNotContain("<button type=\"submit\">Unsubscribe");
        assertThat(visitor.postRaw(path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").status()).isEqualTo(400);
        assertThat(notifications.setting(reader.id(), NotificationKind.SANCTION)).isEqualTo(NotificationSetting.IN_APP);
    }
}
