package org.muster.demo;

import org.muster.missions.common.Missions;
import org.muster.missions.common.Missions.NewMission;
import org.muster.missions.common.PeerProfile;
import org.muster.missions.common.PeerProfiles;
import org.muster.missions.matching.Matching;
import org.muster.missions.programs.Partners;
import org.muster.missions.shifts.Shifts;
import org.muster.missions.tasks.Tasks;
import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.muster.qa.Question;
import org.muster.rewards.Catalog;
import org.muster.rewards.ShippingAddress;
import org.muster.rewards.Payouts;
import org.muster.rewards.Rewards;
import org.muster.support.TicketService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The other half of the demo: programs with partners and plans, a mission of every kind with people in
 * it, the rewards they earn and spend, and the tickets support works on. Members are the ones
 * {@link DemoCommunity} made: 0-1 staff, 2-3 moderators, 4-8 champions, the rest members.
 */
@Component
class DemoMissions {

    private final Missions missions;
    private final Partners partners;
    private final Shifts shifts;
    private final Tasks tasks;
    private final Matching matching;
    private final PeerProfiles peers;
    private final Rewards rewards;
    private final Catalog catalog;
    private final Payouts payouts;
    private final TicketService tickets;

    DemoMissions(Missions missions, Partners partners, Shifts shifts, Tasks tasks, Matching matching, PeerProfiles peers,
                 Rewards rewards, Catalog catalog, Payouts payouts, TicketService tickets) {
        this.missions = missions;
        this.partners = partners;
        this.shifts = shifts;
        this.tasks = tasks;
        this.matching = matching;
        this.peers = peers;
        this.rewards = rewards;
        this.catalog = catalog;
        this.payouts = payouts;
        this.tickets = tickets;
    }

    /** Returns what it made, for the command's last line. */
    String seed(Actor system, List<Actor> people) {
        var staff = people.getFirst();
        var now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        programs(staff, now);
        var helpdesk = missions.create(staff, mission("neighbourhood-wi-fi-helpers", "Repair café help desk",
                "Help neighbours with their home network at the monthly repair café in the library. Bring your patience; we bring coffee and spare cables.",
                "shift", 150L, null, null, now.minus(Duration.ofDays(60)), null));
        shifts(helpdesk.slug(), people, now);
        tasks(staff, people, now);
        matches(people, now);
        missions.create(staff, challenge(now));
        int items = rewardsFor(system, staff, people);
        return "2 programs, 5 missions, " + items + " rewards";
    }

    private void programs(Actor staff, Instant now) {
        missions.createProgram(staff, "Neighbourhood Wi-Fi helpers",
                "Members who know their way around a home network help neighbours, at repair cafés and at home, with support from the city's bus company and the library.",
                60_000L, "EUR", 250_000L);
        missions.createProgram(staff, "Lumen beta testers",
                "Try pre-release firmware first and tell us what breaks, with proof we can reproduce.", 20_000L, null, null);
        var bus = partners.add(staff, "neighbourhood-wi-fi-helpers", "Stadsbus Utrecht", "transport",
                "Free Wi-Fi help at the central bus station every first Saturday, so travellers stay connected.");
        var library = partners.add(staff, "neighbourhood-wi-fi-helpers", "Bibliotheek Utrecht", "non-profit",
                "Digital inclusion: every resident can get help with their home network for free.");
        partners.sponsor(staff, bus.id(), "EUR", 150_000L, 100_000L, "autumn-2026");
        partners.sponsor(staff, library.id(), "points", 10_000L, 10_000L, "autumn-2026");
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var recruited = partners.addMilestone(staff, "neighbourhood-wi-fi-helpers", "Twenty trained helpers",
                "Lumen community team", today.minusDays(20), null);
        partners.completeMilestone(staff, recruited.id());
        partners.addMilestone(staff, "neighbourhood-wi-fi-helpers", "Help desk at the central bus station", "",
                today.plusDays(25), bus.id());
        partners.addMilestone(staff, "neighbourhood-wi-fi-helpers", "Help desks in all ten library branches", "",
                today.plusDays(120), library.id());
    }

    /** A past slot, one under way, a full one with a waitlist, one with room, and a lottery for the busiest day. */
    private void shifts(String slug, List<Actor> people, Instant now) {
        var place = "Bibliotheek Neude, Neude 11, Utrecht";
        shifts.addSlot(people.getFirst(), slug, now.minus(Duration.ofDays(26)), now.minus(Duration.ofDays(26)).plus(Duration.ofHours(4)),
                place, 4, null);
        // Signed up for while it is still to come: it starts seconds from now, and is under way when the demo is done.
        var underway = shifts.addSlot(people.getFirst(), slug, Instant.now().plusSeconds(5), now.plus(Duration.ofHours(3)),
                "Centraal Station, hall B, Utrecht", 3, null);
        var full = shifts.addSlot(people.getFirst(), slug, now.plus(Duration.ofDays(4)), now.plus(Duration.ofDays(4)).plus(Duration.ofHours(4)),
                place, 2, null);
        var room = shifts.addSlot(people.getFirst(), slug, now.plus(Duration.ofDays(11)), now.plus(Duration.ofDays(11)).plus(Duration.ofHours(4)),
                place, 6, null);
        var lottery = shifts.addSlot(people.getFirst(), slug, now.plus(Duration.ofDays(32)), now.plus(Duration.ofDays(32)).plus(Duration.ofHours(5)),
                "Jaarbeurs, Utrecht (Lumen Day)", 3, now.plus(Duration.ofDays(20)));
        shifts.signUp(people.get(4), underway.id(), 1);
        shifts.signUp(people.get(5), underway.id(), 1);
        for (int i = 6; i < 10; i++) shifts.signUp(people.get(i), full.id(), 1);
        shifts.signUp(people.get(4), room.id(), 2);
        shifts.signUp(people.get(9), room.id(), 1);
        for (int i = 10; i < 16; i++) shifts.signUp(people.get(i), lottery.id(), 1);
    }

    /** Proof waiting for review, accepted (paid, in points and in euros) and rejected with a reason. */
    private void tasks(Actor staff, List<Actor> people, Instant now) {
        var corner = missions.create(staff, mission("lumen-beta-testers", "Test beta 3.0.1 while walking between rooms",
                "Make a video call, walk from room to room and write down where it stutters. Attach a screenshot of the app's mesh map.",
                "task", 120L, null, null, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30))));
        var guide = missions.create(staff, mission("neighbourhood-wi-fi-helpers", "Write a set-up guide for your street",
                "A one-page guide in your own language for neighbours setting up their Lumen router: cables, app, Wi-Fi name. We print it for the help desk.",
                "task", 200L, 1_500L, "EUR", now.minus(Duration.ofDays(45)), null));
        var reports = new String[]{
                "Stutters only on the stairs between the first and second floor; the mesh map shows the hop to the attic unit.",
                "No stutter at all in a 30-minute call through four rooms. Kitchen to garden handover took under a second.",
                "It was fine.",
                "Video froze twice in the bathroom (tiled walls), recovered in 3 seconds each time."};
        for (int i = 0; i < reports.length; i++) {
            var submission = tasks.submit(people.get(9 + i), corner.slug(), reports[i], null, null, "image");
            if (i == 1) tasks.review(staff, submission.id(), "accept", "Thanks, very useful timing.");
            if (i == 2) tasks.review(staff, submission.id(), "reject", "Please describe where you walked and what you saw, so we can reproduce it.");
        }
        var accepted = tasks.submit(people.get(5), guide.slug(),
                "Guide for the Lombok neighbourhood in Dutch and Turkish: which cable goes where, the app's first screens, changing the Wi-Fi name.",
                "https://example.org/lombok-guide.pdf", null, "image");
        tasks.review(staff, accepted.id(), "accept", "Printed 200 copies for the library.");
        tasks.submit(people.get(13), guide.slug(), "Guide for Oog in Al, with photos of the ports and a QR code to the app.", null, null, "image");
    }

    /** Champions who offer an hour of help at home, and members who asked for it. */
    private void matches(List<Actor> people, Instant now) {
        var buddy = missions.create(people.getFirst(), mission("neighbourhood-wi-fi-helpers", "Set-up buddy: an hour with a neighbour",
                "A neighbour who knows Lumen comes by for an hour to set up your router, mesh or smart-home hub with you.",
                "match", 80L, null, null, now.minus(Duration.ofDays(40)), null));
        var evenings = List.of(new PeerProfile.Availability(2, 18 * 60, 21 * 60), new PeerProfile.Availability(4, 18 * 60, 21 * 60),
                new PeerProfile.Availability(6, 10 * 60, 16 * 60));
        double[][] homes = {{52.0894, 5.1077}, {52.0989, 5.1180}, {52.0786, 5.1325}};
        for (int i = 0; i < homes.length; i++)
            peers.save(people.get(4 + i), new PeerProfiles.Input(homes[i][0], homes[i][1], 8,
                    List.of("mesh", "smart-home", "setup"), true, evenings));
        var asks = new String[][]{{"Lombok, Utrecht", "My parents (80+) got a mesh set and do not dare to unpack it."},
                {"Wittevrouwen, Utrecht", "I want my lights and the doorbell camera on the Hub but get lost in the app."}};
        for (int i = 0; i < asks.length; i++) {
            var start = now.plus(Duration.ofDays(2 + i * 3)).plus(Duration.ofHours(17));
            var view = matching.request(people.get(16 + i), buddy.slug(), new Matching.NewRequest(null, null, start,
                    start.plus(Duration.ofHours(4)), asks[i][0], 52.09 + i * 0.005, 5.11 + i * 0.01, "nl", List.of("mesh"), asks[i][1]), "127.0.0.1");
            // The first peer asked says yes to the first request; the second request is still waiting for an answer.
            if (i == 0 && view.proposal() != null && view.proposal().peerId() != null) {
                var peer = people.stream().filter(p -> p.memberId().equals(view.proposal().peerId())).findFirst().orElseThrow();
                matching.answer(peer, view.request().id(), true);
            }
        }
    }

    private static NewMission challenge(Instant now) {
        return new NewMission("neighbourhood-wi-fi-helpers", "Five accepted answers in December",
                "Have five of your answers accepted before the end of the month and earn a bonus on top of the reputation.",
                "challenge", 250L, "auto", List.of(), List.of(), null, 1, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                null, null, null, null, null, null, null, null, "accepted", null, 5, null, null, null);
    }

    private static NewMission mission(String program, String title, String description, String kind, Long points, Long cash,
                                      String currency, Instant startsAt, Instant endsAt) {
        // Open to every member: a place or a city on the mission would leave out those who did not give theirs.
        return new NewMission(program, title, description, kind, points, "staff", List.of(), List.of(), null, null, startsAt,
                endsAt, null, null, null, null, null, null, cash, currency, null, null, null, null, null, null);
    }

    /** A catalog item of each kind, the points to spend on them, what members took, and the euros paid out. */
    private int rewardsFor(Actor system, Actor staff, List<Actor> people) {
        catalog.create(system, "10 % off a Lumen Extender", "A discount code for the Lumen web shop, valid for a year.",
                "discount-code", 500L, null, 1);
        catalog.addCodes(system, "10-off-a-lumen-extender", "LUMEN-EXT-4KQ2\nLUMEN-EXT-9ZT7\nLUMEN-EXT-2MWD\nLUMEN-EXT-7HPA\nLUMEN-EXT-3RNB");
        catalog.create(system, "Lumen community hoodie", "Dark blue, with the champions' lighthouse on the back. Sizes S to XXL.",
                "merchandise", 2_000L, 25, 1);
        catalog.create(system, "A call with the firmware team", "Thirty minutes with the engineers who write the firmware, about whatever you like.",
                "perk", 1_500L, 5, 1);
        catalog.create(system, "Plant a tree", "We plant a tree with Trees for All in your name.", "donation", 300L, null, null);
        for (int i = 4; i < 9; i++)
            rewards.grant(staff, people.get(i).memberId(), 2_500L, "Thank you for running the autumn help desks", null, "demo-autumn-" + i);
        // The member the README names has points to spend and something redeemed; another waits for held ones.
        rewards.grant(staff, people.get(9).memberId(), 900L, "Welcome gift for the first beta testers", null, "demo-beta-9");
        rewards.grant(staff, people.get(10).memberId(), 800L, "Welcome gift for the first beta testers", 14, "demo-beta-10");
        catalog.redeem(people.get(9), "plant-a-tree", null);
        catalog.redeem(people.get(4), "lumen-community-hoodie",
                new ShippingAddress(people.get(4).displayName(), "Oudegracht 231", "3511 NK", "Utrecht", "Netherlands"));
        catalog.redeem(people.get(5), "lumen-community-hoodie",
                new ShippingAddress(people.get(5).displayName(), "Vismarkt 8", "3511 KR", "Utrecht", "Netherlands"));
        catalog.redeem(people.get(5), "10-off-a-lumen-extender", null);
        catalog.redeem(people.get(6), "plant-a-tree", null);
        catalog.redeem(people.get(7), "a-call-with-the-firmware-team", null);
        payouts.export(staff, "EUR");
        return 4;
    }

    /** Members take a few of the questions still open to support: the help desk's tickets. */
    int escalate(List<Actor> people, List<Question> open) {
        int opened = 0;
        for (var question : open) {
            var asker = people.stream().filter(p -> p.memberId().equals(question.authorId())).findFirst().orElseThrow();
            if (asker.role().atLeast(Role.MODERATOR) || opened == 3) continue;
            tickets.escalate(asker, question.id());
            opened++;
        }
        return opened;
    }
}
