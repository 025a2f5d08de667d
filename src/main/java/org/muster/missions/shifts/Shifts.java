package org.muster.missions.shifts;

import org.muster.missions.CheckInCodeReplaced;
import org.muster.missions.SlotAdded;
import org.muster.missions.SlotSignedUp;
import org.muster.missions.WaitlistPromoted;
import org.muster.missions.common.MissionRepository;
import org.muster.missions.common.Missions;
import org.muster.missions.common.Reason;
import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Actor;
import org.muster.platform.Checks;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.PageFormats;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Shift missions: slots with a place and capacity. Signing up locks the slot, so the last place goes
 * to exactly one member; the rest wait in order and move up when someone withdraws. Overlapping
 * bookings are refused naming the other slot; withdrawing within a day of the start counts as late.
 */
@Service
public class Shifts {

    static final Duration LATE = Duration.ofHours(24);

    private final SlotRepository slots;
    private final MissionRepository missions;
    private final Missions eligibility;
    private final PageFormats formats;
    private final Lottery lottery;
    private final Members members;
    private final ApplicationEventPublisher events;

    Shifts(SlotRepository slots, MissionRepository missions, Missions eligibility, PageFormats formats, Lottery lottery,
           Members members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
        this.lottery = lottery;
        this.slots = slots;
        this.missions = missions;
        this.eligibility = eligibility;
        this.formats = formats;
    }

    /** A slot; with optInUntil, sign-ups until then are lottery entries drawn when the window closes. */
    @Transactional
    public Slot addSlot(Actor actor, String missionSlug, Instant startsAt, Instant endsAt, String place, Integer capacity,
                        Instant optInUntil) {
        var mission = missions.find(missionSlug).orElseThrow(NotFound::new);
        checkSlot(actor, missionSlug, startsAt, endsAt, place, capacity, optInUntil).refuseIfAny();
        long id = slots.insert(mission.id(), startsAt, endsAt, place.strip(), capacity, optInUntil, CheckInCodes.next());
        events.publishEvent(new SlotAdded(id, mission.id()));
        return slots.find(id).orElseThrow();
    }

    /** Every problem of a new slot's input at once, without writing anything; a form adds its own to them. */
    @Transactional(readOnly = true)
    public Checks checkSlot(Actor actor, String missionSlug, Instant startsAt, Instant endsAt, String place, Integer capacity,
                            Instant optInUntil) {
        actor.require(Role.STAFF);
        var mission = missions.find(missionSlug).orElseThrow(NotFound::new);
        if (!mission.kind().equals("shift")) throw new Invalid("mission", "mission.not-shift");
        var checks = new Checks();
        checks.check(startsAt != null, "startsAt", "mission.slot.starts");
        checks.check(endsAt != null, "endsAt", "mission.slot.ends");
        checks.check(startsAt == null || endsAt == null || endsAt.isAfter(startsAt) && Duration.between(startsAt, endsAt).toHours() <= 24,
                "endsAt", "mission.slot.time");
        checks.check(place != null && !place.isBlank() && InputText.visibleLength(place) <= 200, "place", "mission.slot.place");
        checks.check(capacity != null && capacity >= 1 && capacity <= 1000, "capacity", "mission.slot.capacity");
        checks.check(optInUntil == null || startsAt == null || optInUntil.isBefore(startsAt) && optInUntil.isAfter(Instant.now()),
                "optInUntil", "mission.slot.opt-in");
        return checks;
    }

    @Transactional(readOnly = true)
    public List<Slot> slotsOf(String missionSlug) {
        return slots.ofMission(missions.find(missionSlug).orElseThrow(NotFound::new).id());
    }

    @Transactional
    public Signup signUp(Actor actor, long slotId, Integer partySize) {
        long memberId = actor.requireMember();
        int party = partySize == null ? 1 : partySize;
        if (party < 1 || party > 10) throw new Invalid("partySize", "mission.slot.party");
        var slot = slots.lock(slotId).orElseThrow(NotFound::new);
        if (slot.optInUntil() != null && slot.drawnAt() == null && !slot.inOptIn(Instant.now())) {
            // The window has closed but the job has not drawn yet: draw now, so nobody books ahead of the entrants.
            lottery.drawSlot(slotId);
            slot = slots.find(slotId).orElseThrow();
        }
        var mission = missions.findById(slot.missionId()).orElseThrow();
        var offer = eligibility.eligibility(actor, mission);
        if (!mission.openAt(Instant.now())) throw new Conflict(null, "mission.closed");
        var started = started(slot, Instant.now());
        if (started != null) throw new Conflict(null, started.key(), started.getArguments());
        if (!offer.eligible()) throw new Forbidden("mission.not-eligible", offer.because());
        if (slots.live(slotId, memberId).isPresent()) throw new Conflict(null, "mission.slot.signed-up");
        var other = slots.overlapping(memberId, slot.startsAt(), slot.endsAt());
        if (other.isPresent())
            throw new Conflict(null, "mission.slot.overlap", other.get().place(), formats.dateTime(other.get().startsAt()));
        var status = slot.inOptIn(Instant.now()) ? "entered" : slot.booked() + party <= slot.capacity() ? "booked" : "waitlisted";
        var signup = slots.signup(slots.insertSignup(slotId, memberId, party, status)).orElseThrow();
        events.publishEvent(new SlotSignedUp(signup.id(), slotId, mission.id(), memberId, status));
        return signup;
    }

    /** Withdraws; within a day of the start it counts as late. The waitlist moves up in order. */
    @Transactional
    public Signup withdraw(Actor actor, long signupId) {
        long memberId = actor.requireMember();
        var signup = slots.signup(signupId).orElseThrow(NotFound::new);
        if (signup.memberId() != memberId && !actor.has(Role.STAFF)) throw new NotFound();
        var slot = slots.lock(signup.slotId()).orElseThrow();
        if (signup.status().equals("withdrawn")) throw new Conflict(null, "mission.slot.withdrawn");
        if (signup.checkedInAt() != null) throw new Conflict(null, "mission.slot.attended");
        slots.withdraw(signupId, signup.status().equals("booked") && Instant.now().plus(LATE).isAfter(slot.startsAt()));
        events.publishEvent(new SlotSignedUp(signupId, slot.id(), slot.missionId(), signup.memberId(), "withdrawn"));
        promote(signup.slotId());
        return slots.signup(signupId).orElseThrow();
    }

    private void promote(long slotId) {
        var slot = slots.find(slotId).orElseThrow();
        int free = slot.capacity() - slot.booked();
        for (var waiting : slots.waitlist(slotId)) {
            if (waiting.partySize() > free) break;
            slots.book(waiting.id());
            events.publishEvent(new WaitlistPromoted(waiting.id(), slotId, slot.missionId(), waiting.memberId()));
            free -= waiting.partySize();
        }
    }

    /** My schedule: every sign-up with its slot, soonest first, then the slots that are over, the latest first. */
    @Transactional(readOnly = true)
    public List<ScheduleEntry> mine(Actor actor) {
        return slots.scheduleOf(actor.requireMember());
    }

    /**
     * A sign-up as its member sees it now: where they stand in words, how soon it starts, whether the
     * check-in is open, and whether withdrawing now would count as late.
     */
    public record Booking(ScheduleEntry entry, Reason state, Reason startsIn, boolean checkInOpen, boolean checkInLater,
                          boolean withdrawable, boolean lateIfWithdrawn) {
    }

    /** My schedule as the page shows it: what is still to come, soonest first, and what is over, the latest first. */
    public record Schedule(List<Booking> upcoming, List<Booking> past) {

        public boolean isEmpty() {
            return upcoming.isEmpty() && past.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Schedule schedule(Actor actor) {
        var now = Instant.now();
        var bookings = mine(actor).stream().map(e -> booking(e, now)).toList();
        return new Schedule(bookings.stream().filter(b -> b.entry().endsAt().isAfter(now)).toList(),
                bookings.stream().filter(b -> !b.entry().endsAt().isAfter(now)).toList());
    }

    /** A slot of a shift mission as one member sees it: their own sign-up on it, or why they cannot sign up. */
    public record SlotChoice(Slot slot, Booking mine, Reason closed) {
    }

    @Transactional(readOnly = true)
    public List<SlotChoice> choices(Actor actor, String missionSlug) {
        var now = Instant.now();
        var mine = mine(actor).stream().filter(e -> !e.signup().status().equals("withdrawn"))
                .collect(java.util.stream.Collectors.toMap(e -> e.signup().slotId(), e -> e, (a, b) -> a));
        return slotsOf(missionSlug).stream().map(slot -> new SlotChoice(slot,
                mine.containsKey(slot.id()) ? booking(mine.get(slot.id()), now) : null, started(slot, now))).toList();
    }

    /** Why nobody can sign up for the slot any more, or null: sign-ups close when it starts. */
    private Reason started(Slot slot, Instant now) {
        return slot.startsAt().isAfter(now) ? null : Reason.of("mission.slot.started", formats.dateTime(slot.startsAt()));
    }

    private static Booking booking(ScheduleEntry e, Instant now) {
        var u = e.signup();
        boolean live = !u.status().equals("withdrawn");
        boolean attendable = u.status().equals("booked") && u.checkedInAt() == null && !u.noShow();
        return new Booking(e, state(e, now), live && e.startsAt().isAfter(now) ? startsIn(e.startsAt(), now) : null,
                attendable && !now.isBefore(e.checkInOpensAt()) && !now.isAfter(e.endsAt()),
                attendable && now.isBefore(e.checkInOpensAt()),
                live && u.checkedInAt() == null && !u.noShow() && e.endsAt().isAfter(now),
                u.status().equals("booked") && now.plus(LATE).isAfter(e.startsAt()));
    }

    private static Reason state(ScheduleEntry e, Instant now) {
        var u = e.signup();
        return switch (u.status()) {
            case "withdrawn" -> Reason.of(u.late() ? "missions.state.withdrawn-late" : "missions.state.withdrawn");
            case "entered" -> Reason.of("missions.state.entered");
            case "waitlisted" -> Reason.of("missions.state.waitlisted." + ordinal(e.waitlistPosition()), e.waitlistPosition());
            default -> {
                if (u.noShow()) yield Reason.of("missions.state.no-show");
                if ("approved".equals(u.hoursStatus())) yield Reason.of("missions.state.completed");
                if ("declined".equals(u.hoursStatus())) yield Reason.of("missions.state.declined");
                if (u.checkedOutAt() != null) yield Reason.of("missions.state.checked-out");
                if (u.checkedInAt() != null) yield Reason.of("missions.state.checked-in");
                if (!e.endsAt().isAfter(now)) yield Reason.of("missions.state.not-checked-in");
                yield Reason.of(e.startsAt().isAfter(now) ? "missions.state.booked" : "missions.state.under-way");
            }
        };
    }

    /** "Starts in 40 minutes / 5 hours / 3 days", rounded to the nearest: the unit picks the message, the count is data. */
    private static Reason startsIn(Instant startsAt, Instant now) {
        long minutes = Math.max(1, Duration.between(now, startsAt).toMinutes());
        if (minutes < 60) return Reason.of("missions.state.starts-in.minutes", minutes);
        if (minutes < 47 * 60 + 30) return Reason.of("missions.state.starts-in.hours", (minutes + 30) / 60);
        return Reason.of("missions.state.starts-in.days", (minutes + 12 * 60) / (24 * 60));
    }

    /**
     * The ordinal category of a position ("1st", "2nd", "3rd", "4th"), as a message-key suffix: each
     * language's bundle words it; MessageFormat has no ordinals of its own.
     */
    private static String ordinal(int n) {
        if (n % 10 == 1 && n % 100 != 11) return "one";
        if (n % 10 == 2 && n % 100 != 12) return "two";
        if (n % 10 == 3 && n % 100 != 13) return "few";
        return "other";
    }

    public record Roster(Slot slot, String checkInCode, List<RosterEntry> people) {
    }

    /** Staff at the place: who is coming, who checked in, and the code to show. */
    @Transactional(readOnly = true)
    public Roster roster(Actor actor, long slotId) {
        actor.require(Role.STAFF);
        var slot = slots.find(slotId).orElseThrow(NotFound::new);
        return new Roster(slot, slots.checkInCode(slotId).orElse(null), RosterEntry.of(slots.roster(slotId), members));
    }

    /** A new check-in code for the slot, e.g. when the shown one was passed around. */
    @Transactional
    public Roster newCheckInCode(Actor actor, long slotId) {
        actor.require(Role.STAFF);
        var slot = slots.lock(slotId).orElseThrow(NotFound::new);
        slots.setCheckInCode(slotId, CheckInCodes.next());
        events.publishEvent(new CheckInCodeReplaced(slotId, slot.missionId()));
        return roster(actor, slotId);
    }
}
