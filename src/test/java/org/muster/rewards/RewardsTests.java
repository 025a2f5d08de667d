package org.muster.rewards;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rewards ledger and the catalog: idempotent, held and released points; redemptions that never oversell. */
class RewardsTests extends IntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Rewards rewards;

    private Http admin;
    private Http staff;
    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void people() {
        admin = http.withToken(adminToken());
        staff = http.withToken(memberWithRole("staff", "Reward Staff"));
    }

    @Test
    void grantsAreIdempotentAndHeldPointsBecomeAvailableAfterTheHold() {
        var member = member();
        assertThat(grant(member.id(), 100, "welcome-" + token, null).status()).isEqualTo(201);
        assertThat(grant(member.id(), 100, "welcome-" + token, null).status()).isEqualTo(201);
        assertThat(member.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(100);
        grant(member.id(), 40, "beta-" + token, 3);
        var mine = member.http().get("/api/v1/me/rewards").json();
        assertThat(mine.get("pending").asLong()).isEqualTo(40);
        assertThat(rewards.releaseDue(Instant.now().plus(Duration.ofDays(4)))).isPositive();
        mine = member.http().get("/api/v1/me/rewards").json();
        assertThat(mine.get("available").asLong()).isEqualTo(140);
        assertThat(mine.get("pending").asLong()).isZero();
        // The release is stored with a message key and told in the reader's language when read.
        assertThat(mine.get("history").toString()).contains("Hold period over").doesNotContain("rewards.posting");
        assertThat(db.sql("select count(*) from ledger_transactions where reason = 'rewards.posting.hold-over'")
                .query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from domain_events where type = 'LedgerPosted' and payload->'entries' @> cast(:leg as jsonb)")
                .param("leg", "[{\"memberId\": " + member.id() + "}]").query(Long.class).single())
                .as("the welcome grant once, the held grant, its release").isEqualTo(3);
        assertThat(member.http().post("/api/v1/rewards/grants", Map.of("memberId", member.id(), "points", 5, "reason", "self",
                "key", "self-" + token)).status()).isEqualTo(403);
        assertThat(grant(member.id(), -5, "negative-" + token, null).json().get("errors").toString()).contains("points");
        assertThat(staff.get("/api/v1/rewards/check").json().get("sumOfBalances").asLong()).isZero();
    }

    @Test
    void theLedgerIsAppendOnlyAndEveryTransactionBalances() {
        var member = member();
        grant(member.id(), 10, "append-" + token, null);
        assertThatThrownBy(() -> db.sql("update ledger_entries set amount = amount + 1").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from ledger_transactions").update()).hasMessageContaining("append-only");
        var check = staff.get("/api/v1/rewards/check").json();
        assertThat(check.get("ok").asBoolean()).isTrue();
    }

    @Test
    void redeemingWithoutEnoughPointsChangesNothingAndCodesGoOncePerRedemption() {
        var item = admin.post("/api/v1/rewards/items", Map.of("name", "Ten off " + token, "description", "10 % off the next order",
                "kind", "discount-code", "cost", 30)).json();
        var slug = item.get("slug").asString();
        admin.post("/api/v1/rewards/items/" + slug + "/codes", Map.of("codes", "TEN-A-" + token + "\nTEN-B-" + token + "\nTEN-A-" + token));
        var poor = member();
        grant(poor.id(), 20, "poor-" + token, null);
        var refused = poor.http().post("/api/v1/rewards/items/" + slug + "/redemptions", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("Not enough points");
        assertThat(poor.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(20);

        var rich = member();
        grant(rich.id(), 100, "rich-" + token, null);
        var codes = new HashSet<String>();
        for (int i = 0; i < 2; i++)
            codes.add(rich.http().post("/api/v1/rewards/items/" + slug + "/redemptions", Map.of()).json().get("code").asString());
        assertThat(codes).containsExactlyInAnyOrder("TEN-A-" + token, "TEN-B-" + token);
        assertThat(rich.http().post("/api/v1/rewards/items/" + slug + "/redemptions", Map.of()).status()).isEqualTo(409);
        assertThat(rich.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(40);
        var page = signedIn(rich.email()).get("/rewards").body();
        assertThat(page).contains("TEN-A-" + token, "Redeemed Ten off " + token);
    }

    @Test
    void aNewMembersRewardsPageSaysThereIsNothingYetInsteadOfEmptyHeadings() {
        var newcomer = member();
        var page = org.jsoup.Jsoup.parse(signedIn(newcomer.email()).get("/rewards").body());
        assertThat(page.text()).contains("Nothing redeemed yet.", "No points earned or spent yet.", "No cash payouts yet.");
        assertThat(page.select("table.data tbody tr")).isEmpty();
    }

    @Test
    void aThousandConcurrentRedemptionsOfAHundredInStockGiveExactlyAHundred() throws Exception {
        var item = admin.post("/api/v1/rewards/items", Map.of("name", "Hoodie " + token, "description", "The community hoodie",
                "kind", "merchandise", "cost", 10, "stock", 100)).json();
        var slug = item.get("slug").asString();
        var actors = new ArrayList<Actor>();
        for (int i = 0; i < 25; i++) {
            var id = admin.post("/api/v1/admin/members", Map.of("email", uniqueEmail("rush"), "password", PASSWORD,
                    "displayName", "Rusher " + i, "role", "member")).json().get("id").asLong();
            grant(id, 50, "rush-" + token + "-" + i, null);
            actors.add(new Actor(id, Role.MEMBER, "Rusher " + i, ZoneId.of("UTC")));
        }
        var successes = new AtomicInteger();
        var refusals = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(16);
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < 1000; i++) {
            var actor = actors.get(i % actors.size());
            tasks.add(() -> {
                try {
                    catalog.redeem(actor, slug, new ShippingAddress("Rusher", "Damrak 1", "1012 LG", "Amsterdam", "Netherlands"));
                    successes.incrementAndGet();
                } catch (Conflict refused) {
                    refusals.incrementAndGet();
                }
                return null;
            });
        }
        for (var future : pool.invokeAll(tasks)) future.get();
        pool.shutdown();
        System.out.printf("Concurrent redemptions: %d attempts, %d succeeded, %d refused%n", 1000, successes.get(), refusals.get());
        assertThat(successes.get()).isEqualTo(100);
        assertThat(refusals.get()).isEqualTo(900);
        assertThat(admin.get("/api/v1/rewards/items").body()).contains("\"slug\":\"" + slug + "\"", "\"stock\":0");
        var check = staff.get("/api/v1/rewards/check").json();
        assertThat(check.get("ok").asBoolean()).as(check.toString()).isTrue();
        long left = db.sql("""
                        select coalesce(sum(balance), 0) from ledger_accounts where kind = 'member' and member_id in (:ids)""")
                .param("ids", actors.stream().map(Actor::memberId).toList()).query(Long.class).single();
        assertThat(left).isEqualTo(25 * 50 - 100 * 10);
        assertThat(db.sql("select count(*) from domain_events where type = 'RewardRedeemed' and (payload ->> 'itemId')::bigint = :i")
                .param("i", item.get("id").asLong()).query(Integer.class).single()).isEqualTo(100);
    }

    @Test
    void merchandiseNeedsAShippingAddressThatStaffSeeUntilTheyMarkItSentWhichErasesIt() {
        var slug = admin.post("/api/v1/rewards/items", Map.of("name", "Hoodie " + token, "description", "Grey, size M",
                "kind", "merchandise", "cost", 40)).json().get("slug").asString();
        var member = member();
        grant(member.id(), 100, "hoodie-" + token, null);

        var missing = member.http().post("/api/v1/rewards/items/" + slug + "/redemptions", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asString()).isEqualTo("name");
        var bad = member.http().post("/api/v1/rewards/items/" + slug + "/redemptions", Map.of("shippingAddress",
                Map.of("name", "Ann de Vries", "street", "Damrak 1", "postcode", "", "city", "Amsterdam", "country", "Netherlands")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("postcode");
        assertThat(member.http().get("/api/v1/me/rewards").json().get("available").asLong()).isEqualTo(100);

        long redemption = member.http().post("/api/v1/rewards/items/" + slug + "/redemptions", Map.of("shippingAddress",
                Map.of("name", "Ann de Vries", "street", "Damrak 1", "postcode", "1012 LG", "city", "Amsterdam", "country", "Netherlands")))
                .json().get("id").asLong();
        var toSend = staff.get("/api/v1/rewards/fulfilment").json();
        var mine = java.util.stream.StreamSupport.stream(toSend.spliterator(), false)
                .filter(t -> t.get("redemption").get("id").asLong() == redemption).findFirst().orElseThrow();
        assertThat(mine.get("address").get("street").asString()).isEqualTo("Damrak 1");
        assertThat(db.sql("select payload::text from domain_events where type = 'RewardRedeemed' and (payload ->> 'redemptionId')::bigint = :r")
                .param("r", redemption).query(String.class).single()).doesNotContain("Damrak");

        assertThat(staff.post("/api/v1/redemptions/" + redemption + "/fulfilled", Map.of()).status()).isEqualTo(200);
        assertThat(db.sql("select count(*) from shipping_addresses where redemption_id = :r").param("r", redemption)
                .query(Integer.class).single()).isZero();
        assertThat(member.http().get("/api/v1/me/redemptions").json().get(0).get("status").asString()).isEqualTo("fulfilled");
    }

    @Test
    void theCatalogTellsAMemberWhyTheyCannotRedeemAnItem() {
        var expensive = admin.post("/api/v1/rewards/items", Map.of("name", "Headphones " + token, "description", "Noise cancelling",
                "kind", "perk", "cost", 1000)).json().get("slug").asString();
        var member = member();
        grant(member.id(), 300, "saver-" + token, null);
        var actor = new Actor(member.id(), Role.MEMBER, "Reward member", ZoneId.of("UTC"));

        var choice = catalog.choices(actor, 300).stream().filter(c -> c.item().slug().equals(expensive)).findFirst().orElseThrow();

        assertThat(choice.unavailable().getCodes()).containsExactly("rewards.need-points");
        assertThat(choice.unavailable().getArguments()).containsExactly(700L);
    }

    private record Person(long id, String email, Http http) {
    }

    private Person member() {
        var email = uniqueEmail("rew");
        long id = verifiedMember(email, "Reward member");
        return new Person(id, email, new Http("http://localhost:" + port).withToken(tokenFor(email, PASSWORD)));
    }

    private Http.Response grant(long memberId, long points, String key, Integer holdDays) {
        var body = new java.util.HashMap<String, Object>(Map.of("memberId", memberId, "points", points, "reason", "Thanks for helping", "key", key));
        if (holdDays != null) body.put("holdDays", holdDays);
        return staff.post("/api/v1/rewards/grants", body);
    }

    private Http signedIn(String email) {
        var browser = new Http("http://localhost:" + port);
        browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        return browser;
    }
}
