package org.muster.missions.shifts;

import org.muster.missions.common.Reliability;
import org.muster.missions.EntrantPlaced;
import org.muster.missions.SlotDrawn;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.JobLocks;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Fair allocation of scarce slots. Everyone who opts in before the window closes has the same chance
 * to be early; then a seeded draw orders the entries, each weighted by reliability and by how few
 * places the member got in the last 30 days. It is weighted sampling without replacement (each entry's
 * key is u^(1/weight), u drawn in entry order from java.util.Random(seed)), so anyone with the seed and
 * the weights shown can repeat it. Places go in that order while they last; the rest wait in that order.
 */
@Service
public class Lottery {

    static final Duration RECENT = Duration.ofDays(30);

    public record Entry(int rank, String name, boolean you, int partySize, double weight, String status) {
    }

    /** Before the draw, drawnAt and seed are null, entries empty and entered counts the entries so far. */
    public record Draw(long slotId, Instant optInUntil, Instant drawnAt, Long seed, String method, int entered, List<Entry> entries) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final String METHOD = "weight = reliability / (1 + places in the 30 days before the slot); key = u^(1/weight), u = "
            + "java.util.Random(seed).nextDouble() per entry in sign-up order; highest key first";

    private final JobLocks jobs;
    private final SlotRepository slots;
    private final Reliability reliability;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    Lottery(JobLocks jobs, SlotRepository slots, Reliability reliability, Members members, ApplicationEventPublisher events,
            MessageSource messages) {
        this.messages = messages;
        this.members = members;
        this.events = events;
        this.jobs = jobs;
        this.slots = slots;
        this.reliability = reliability;
    }

    /** Draws every slot whose window has closed; one node at a time. */
    @Scheduled(fixedDelayString = "${muster.missions.lottery-poll:PT1M}", initialDelayString = "PT15S")
    @Transactional
    public int drawDue() {
        if (!jobs.tryLock("muster.lottery")) return 0;
        var due = slots.dueDraws(Instant.now());
        due.forEach(this::drawSlot);
        return due.size();
    }

    void drawSlot(long slotId) {
        var slot = slots.lock(slotId).orElseThrow();
        if (slot.drawnAt() != null) return;
        long seed = SEEDS.nextLong();
        var entrants = slots.entrants(slotId);
        var standings = reliability.standings(entrants.stream().map(Signup::memberId).toList());
        record Weighted(Signup signup, double weight) {
        }
        var weighted = new ArrayList<Weighted>();
        for (var entrant : entrants)
            weighted.add(new Weighted(entrant, weight(standings.get(entrant.memberId()).weight(),
                    slots.recentPlaces(entrant.memberId(), slot.startsAt().minus(RECENT)))));
        int free = slot.capacity() - slot.booked(), rank = 0;
        for (var k : drawOrder(seed, weighted, Weighted::weight)) {
            rank++;
            boolean fits = k.signup().partySize() <= free
                    && slots.overlapping(k.signup().memberId(), slot.startsAt(), slot.endsAt()).isEmpty();
            if (fits) free -= k.signup().partySize();
            slots.placeEntrant(k.signup().id(), fits ? "booked" : "waitlisted", k.weight(), rank);
            events.publishEvent(new EntrantPlaced(k.signup().id(), slotId, slot.missionId(), k.signup().memberId(),
                    fits ? "booked" : "waitlisted"));
        }
        slots.drawn(slotId, seed);
        events.publishEvent(new SlotDrawn(slotId, slot.missionId(), seed));
    }

    /**
     * The draw itself, apart from the database so it can be repeated and checked: the entries in drawn order,
     * highest key u^(1/weight) first, with u drawn from java.util.Random(seed) in the entries' order.
     */
    static <T> List<T> drawOrder(long seed, List<T> entries, ToDoubleFunction<T> weight) {
        var random = new Random(seed);
        record Keyed<T>(T entry, double key) {
        }
        var keyed = new ArrayList<Keyed<T>>();
        for (var entry : entries) keyed.add(new Keyed<>(entry, Math.pow(random.nextDouble(), 1.0 / weight.applyAsDouble(entry))));
        keyed.sort(Comparator.comparingDouble(Keyed<T>::key).reversed());
        return keyed.stream().map(Keyed::entry).toList();
    }

    /** Reliability (0.05–1) divided by one plus the places the member got recently: those with fewer get more chances. */
    static double weight(double reliability, int recentPlaces) {
        return reliability / (1 + recentPlaces);
    }

    @Transactional(readOnly = true)
    public Draw draw(Actor actor, long slotId) {
        long memberId = actor.requireMember();
        var slot = slots.find(slotId).orElseThrow(NotFound::new);
        if (slot.optInUntil() == null) throw new NotFound();
        if (slot.drawnAt() == null) return new Draw(slotId, slot.optInUntil(), null, null, METHOD, slot.entered(), List.of());
        var roster = RosterEntry.of(slots.roster(slotId), members).stream().filter(r -> r.signup().lotteryRank() != null)
                .sorted(Comparator.comparingInt(r -> r.signup().lotteryRank())).toList();
        var entries = roster.stream().map(r -> {
            var s = r.signup();
            boolean you = s.memberId() == memberId;
            return new Entry(s.lotteryRank(), you || actor.has(Role.STAFF) ? r.displayName()
                    : messages.getMessage("missions.lottery.entry", new Object[]{s.lotteryRank()}, LocaleContextHolder.getLocale()), you,
                    s.partySize(), s.lotteryWeight(), s.status());
        }).toList();
        return new Draw(slotId, slot.optInUntil(), slot.drawnAt(), slot.lotterySeed(), METHOD, entries.size(), entries);
    }
}
