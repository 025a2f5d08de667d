package org.muster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.muster.platform.DomainEvent;
import org.muster.platform.FeedPosition;
import org.muster.platform.Subscriptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One running Muster per test JVM: a real server on a random port over the embedded PostgreSQL
 * (a fresh data directory), with mail going to a real SMTP server (GreenMail).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "muster.data-dir=target/test-data/${random.uuid}",
        "muster.embedded.clean=true",
        // A throw-away database: commits need not wait for the disk.
        "muster.embedded.synchronous-commit=false",
        "muster.mail.poll=PT0.1S",
        "muster.webhooks.poll=PT0.1S",
        "muster.webhooks.retry-base=PT0.2S",
        "muster.webhooks.max-attempts=3",
        "muster.bootstrap-admin=admin@muster.test:admin-password-1",
        "muster.limits.sign-ups-per-address-per-hour=100000",
        "muster.limits.tokens-per-address-per-hour=100000",
        "muster.limits.posts-per-address-per-hour=100000",
        "muster.missions.requests-per-address-per-hour=100000",
        "muster.limits.failed-logins-per-address-per-minute=100000",
        "logging.level.root=WARN",
        // Proxy headers honoured, as behind a real proxy: SiteLinksTests forges them to show that links ignore them.
        "server.forward-headers-strategy=native",
})
@Import({CheapPasswordHashes.class, StatementCounter.class})
public abstract class IntegrationTest {

    protected static final String ADMIN_EMAIL = "admin@muster.test";
    protected static final String ADMIN_PASSWORD = "admin-password-1";
    protected static final String PASSWORD = "correct-horse-1";

    /**
     * On a port free when the tests start, not a dynamic one: a test may stop the server to see mail
     * wait, and start it again on the port the running Muster sends to.
     */
    protected static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Autowired
    private ApplicationContext context;

    protected Http http;

    @Autowired
    private Subscriptions subscriptions;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private ApplicationEventPublisher events;
    private MemberFixture memberFixture;

    @BeforeEach
    void client() {
        http = new Http("http://localhost:" + port);
    }

    /**
     * Waits until each of these change-feed subscriptions ("recognition.reputation", "search.index",
     * "platform.page-cache") has applied every event committed so far.
     */
    protected void awaitFeed(String... subscriptionNames) {
        // The newest committed event, final or not: what the subscriptions must reach.
        var newest = db.sql("select xact, id from domain_events order by xact desc, id desc limit 1")
                .query((rs, n) -> new FeedPosition(rs.getLong(1), rs.getLong(2))).optional().orElse(FeedPosition.START);
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (var name : subscriptionNames) {
            while (newest.isAfter(subscriptions.position(name))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The subscription " + name + " stayed at " + subscriptions.position(name)
                            + ", before " + newest + "; transactions holding the feed back: " + db.sql("""
                            select coalesce(string_agg(backend_xid || ' ' || state || ' since ' || xact_start || ': ' || left(query, 120), '; '), 'none')
                            from pg_stat_activity where backend_xid is not null""").query(String.class).single());
                }
                sleep();
            }
        }
    }

    /** Publishes an event in a transaction of its own, as a service would, and waits until the subscriptions applied it. */
    protected void publishAndAwait(DomainEvent event, String... subscriptionNames) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        awaitFeed(subscriptionNames);
    }

    /** Members for tests that are not about signing up (also from a @BeforeAll); see {@link #verifiedMember}. */
    protected MemberFixture memberFixture() {
        if (memberFixture == null) memberFixture = new MemberFixture(context, PASSWORD);
        return memberFixture;
    }

    /** The beer dump, imported once per running Muster and shared by the tests that read it; see {@link BeerImport}. */
    protected BeerImport beerImport() {
        return BeerImport.of(context, http.withToken(adminToken()));
    }

    protected static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** Waits for the SMTP server to receive a mail to the address whose subject has the words. */
    protected static String awaitMail(String recipient, String subjectWords) {
        var deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> recipients(m).contains(recipient) && subject(m).contains(subjectWords)).toList();
            if (!found.isEmpty()) return body(found.getLast());
            sleep();
        }
        throw new AssertionError("No mail about '" + subjectWords + "' reached " + recipient);
    }

    protected static String linkIn(String mailBody) {
        var matcher = Pattern.compile("https?://\\S+").matcher(mailBody);
        if (!matcher.find()) throw new AssertionError("No link in mail: " + mailBody);
        return matcher.group();
    }

    /** Signs up through the API and follows the mailed link, as a new member would; returns the member's id. */
    protected long signUpVerified(String email, String displayName) {
        var created = http.post("/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", displayName));
        if (created.status() != 202) throw new AssertionError("Sign-up failed: " + created.body());
        var link = linkIn(awaitMail(email, "Verify"));
        var verified = http.get(link.substring(link.indexOf("/verify")));
        if (verified.status() != 200) throw new AssertionError("Verification failed: " + verified.status());
        return http.withToken(tokenFor(email, PASSWORD)).get("/api/v1/me").json().get("id").asLong();
    }

    /**
     * A verified member with the tests' password, created through the services (no sign-up mail to wait
     * for, one password hash); returns the member's id. For tests that need a member, not a sign-up.
     */
    protected long verifiedMember(String email, String displayName) {
        return memberFixture().create(email, displayName, "member");
    }

    protected String tokenFor(String email, String password) {
        var response = http.post("/api/v1/auth/tokens", Map.of("email", email, "password", password));
        if (response.status() != 201) throw new AssertionError("No token: " + response.body());
        return response.json().get("token").asString();
    }

    /** The bootstrap admin's API token, issued once per running Muster. */
    protected String adminToken() {
        return memberFixture().adminToken(ADMIN_EMAIL);
    }

    /** A verified member with the role, created by the admin; returns an API token for it. */
    protected String memberWithRole(String role) {
        return memberWithRole(role, "A " + role);
    }

    /**
     * A verified member with this role and name, created by an admin and established (trust level 3,
     * so posting limits and spam checks for newcomers stay out of tests about other things); returns an API token.
     */
    protected String memberWithRole(String role, String displayName) {
        long id = memberFixture().create(uniqueEmail(role), displayName, role);
        establish(id);
        return memberFixture().token(id);
    }

    /** Raises a member to trust level 3 (a regular), as a moderator would. */
    protected void establish(long memberId) {
        var set = http.withToken(adminToken()).put("/api/v1/moderation/members/" + memberId + "/trust", Map.of("level", 3));
        if (set.status() != 200) throw new AssertionError("Could not set trust: " + set.body());
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
