package org.muster.missions.shifts;

import org.muster.missions.common.Mission;
import org.muster.missions.AttendanceMarked;
import org.muster.missions.HoursDeclined;
import org.muster.missions.SlotReminderSent;
import org.muster.missions.common.Completions;
import org.muster.missions.common.MissionRepository;
import org.muster.platform.Actor;
import org.muster.platform.JobLocks;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.Mailer;
import org.muster.platform.NotFound;
import org.muster.platform.RateLimiter;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What happens at and after a shift: check-in and check-out (by staff, or by the member with the code
 * shown at the place), forgotten check-outs closed automatically and left for review, no-shows, hours
 * approved (paying the mission's reward once) or declined, what a dispute about them corrects, and reminders.
 */
@Service
public class Attendance {

    static final Duration EARLY_CHECK_IN = Duration.ofHours(1);
    static final Duration CHECK_OUT_GRACE = Duration.ofHours(2);

    private final JobLocks jobs;
    private final SlotRepository slots;
    private final MissionRepository missions;
    private final Completions completions;
    private final RateLimiter limiter;
    private final Mailer mailer;
    private final SiteLinks links;
    private final ApplicationEventPublisher events;
    private final Duration reminderLead;

    Attendance(JobLocks jobs, SlotRepository slots, MissionRepository missions, Completions completions, RateLimiter limiter, Mailer mailer,
               SiteLinks links, ApplicationEventPublisher events, @Value("${muster.missions.reminder-lead:PT24H}") Duration reminderLead) {
        this.jobs = jobs;
        this.slots = slots;
        this.missions = missions;
        this.completions = completions;
        this.limiter = limiter;
        this.mailer = mailer;
        this.links = links;
        this.events = events;
        this.reminderLead = reminderLead;
    }

    /** Staff check anyone in; a member checks in with the code shown at the place, from an hour before the start. */
    @Transactional
    public Signup checkIn(Actor actor, long signupId, String code) {
        var signup = ownOrStaff(actor, signupId);
        var slot = slots.find(signup.slotId()).orElseThrow();
        if (!signup.status().equals("booked")) throw new Conflict(null, "mission.attendance.not-booked");
        if (signup.checkedInAt() != null) throw new Conflict(null, "mission.attendance.checked-in");
        if (!actor.has(Role.STAFF)) {
            var now = Instant.now();
            if (now.isBefore(slot.startsAt().minus(EARLY_CHECK_IN)) || now.isAfter(slot.endsAt()))
                throw new Conflict(null, "mission.attendance.window");
            requireCode(actor, slot.id(), code);
        }
        slots.checkIn(signupId);
        events.publishEvent(new AttendanceMarked(signupId, slot.id(), slot.missionId(), signup.memberId(), "checked-in"));
        return slots.signup(signupId).orElseThrow();
    }

    /** Closes the attendance; approval "auto" approves the hours at once, otherwise staff decide. */
    @Transactional
    public Signup checkOut(Actor actor, long signupId, String code) {
        var signup = ownOrStaff(actor, signupId);
        var slot = slots.find(signup.slotId()).orElseThrow();
        if (signup.checkedInAt() == null) throw new Conflict(null, "mission.attendance.not-checked-in");
        if (signup.checkedOutAt() != null) throw new Conflict(null, "mission.attendance.checked-out");
        if (!actor.has(Role.STAFF)) requireCode(actor, slot.id(), code);
        var now = Instant.now();
        slots.checkOut(signupId, now, false, minutes(signup.checkedInAt(), now, slot));
        events.publishEvent(new AttendanceMarked(signupId, slot.id(), slot.missionId(), signup.memberId(), "checked-out"));
        var mission = missions.findById(slot.missionId()).orElseThrow();
        if (mission.approval().equals("auto")) approve(slots.lockSignup(signupId).orElseThrow(), mission, null, "approved automatically");
        return slots.signup(signupId).orElseThrow();
    }

    /** decision: approve (pays the reward) or decline (with a reason). A decision stands; hours are never deleted. */
    @Transactional
    public Signup decideHours(Actor actor, long signupId, String decision, String note) {
        actor.require(Role.STAFF);
        var signup = slots.lockSignup(signupId).orElseThrow(NotFound::new);
        if (signup.hoursStatus() != null) throw new Conflict(null, "mission.hours.decided", signup.hoursStatus());
        if (signup.checkedInAt() == null || signup.checkedOutAt() == null) throw new Conflict(null, "mission.hours.open");
        var mission = missions.findById(slots.find(signup.slotId()).orElseThrow().missionId()).orElseThrow();
        switch (decision == null ? "" : decision) {
            case "approve" -> approve(signup, mission, actor.memberId(), note == null ? "" : note.strip());
            case "decline" -> {
                if (note == null || note.isBlank()) throw new Invalid("note", "mission.hours.reason");
                slots.decideHours(signupId, "declined", signup.minutes(), note.strip(), actor.memberId());
                events.publishEvent(new HoursDeclined(signupId, mission.id(), signup.memberId(), actor.memberId()));
            }
            default -> throw new Invalid("decision", "mission.hours.decision", decision);
        }
        return slots.signup(signupId).orElseThrow();
    }

    private void approve(Signup signup, Mission mission, Long by, String note) {
        slots.decideHours(signup.id(), "approved", signup.minutes(), note, by);
        completions.complete(mission, signup.memberId(), "shift:" + signup.id(), by);
    }

    /** A sign-up with its slot and mission, whoever it belongs to: disputes check it is the asking member's own. */
    @Transactional(readOnly = true)
    public java.util.Optional<ScheduleEntry> entry(long signupId) {
        return slots.entry(signupId);
    }

    /** Staff agreed with a member's dispute about declined hours: they are approved after all and pay as approval does. */
    @Transactional
    public Signup approveDisputedHours(long signupId, long by, String note) {
        var signup = slots.lockSignup(signupId).orElseThrow(NotFound::new);
        if (!"declined".equals(signup.hoursStatus())) throw new Conflict(null, "dispute.item-changed");
        approve(signup, missions.findById(slots.find(signup.slotId()).orElseThrow().missionId()).orElseThrow(), by, note);
        return slots.signup(signupId).orElseThrow();
    }

    /** Staff agreed with a member's dispute about a no-show: it is cleared, so reliability no longer counts it. */
    @Transactional
    public Signup clearDisputedNoShow(long signupId) {
        var signup = slots.lockSignup(signupId).orElseThrow(NotFound::new);
        if (!signup.noShow()) throw new Conflict(null, "dispute.item-changed");
        slots.clearNoShow(signupId);
        var slot = slots.find(signup.slotId()).orElseThrow();
        events.publishEvent(new AttendanceMarked(signupId, slot.id(), slot.missionId(), signup.memberId(), "no-show-cleared"));
        return slots.signup(signupId).orElseThrow();
    }

    /** Closes forgotten check-outs at the slot's end, flagged for review, and marks no-shows; one node at a time. */
    @Scheduled(fixedDelayString = "${muster.missions.attendance-sweep:PT5M}", initialDelayString = "PT20S")
    @Transactional
    public void sweep() {
        if (!jobs.tryLock("muster.attendance")) return;
        var before = Instant.now().minus(CHECK_OUT_GRACE);
        for (var signup : slots.forgottenCheckOuts(before)) {
            var slot = slots.find(signup.slotId()).orElseThrow();
            slots.checkOut(signup.id(), slot.endsAt(), true, minutes(signup.checkedInAt(), slot.endsAt(), slot));
            events.publishEvent(new AttendanceMarked(signup.id(), slot.id(), slot.missionId(), signup.memberId(),
                    "checked-out-automatically"));
        }
        for (var missed : slots.markNoShows(before))
            events.publishEvent(new AttendanceMarked(missed.signupId(), missed.slotId(), missed.missionId(), missed.memberId(), "no-show"));
    }

    /** Mails each booked member once, a set time before their slot starts. */
    @Scheduled(fixedDelayString = "${muster.missions.reminder-poll:PT5M}", initialDelayString = "PT30S")
    @Transactional
    public void remind() {
        for (var entry : slots.dueReminders(Instant.now().plus(reminderLead))) {
            mailer.send(entry.signup().memberId(), "missions/shift-reminder", Map.of("title", entry.missionTitle(),
                    "place", entry.place(), "startsAt", entry.startsAt(), "endsAt", entry.endsAt(),
                    "link", links.absolute("/missions#schedule")));
            slots.reminded(entry.signup().id());
            events.publishEvent(new SlotReminderSent(entry.signup().id(), entry.signup().slotId(), entry.signup().memberId()));
        }
    }

    private Signup ownOrStaff(Actor actor, long signupId) {
        long memberId = actor.requireMember();
        var signup = slots.lockSignup(signupId).orElseThrow(NotFound::new);
        if (signup.memberId() != memberId && !actor.has(Role.STAFF)) throw new NotFound();
        return signup;
    }

    private void requireCode(Actor actor, long slotId, String code) {
        limiter.acquire("check-in:" + actor.memberId(), 10, Duration.ofMinutes(10));
        if (code == null || code.isBlank()) throw new Invalid("code", "mission.attendance.code-missing");
        if (!CheckInCodes.matches(slots.checkInCode(slotId).orElse(null), code)) throw new Invalid("code", "mission.attendance.code");
    }

    /** Minutes inside the slot between check-in and check-out: arriving early does not count extra. */
    private static int minutes(Instant in, Instant out, Slot slot) {
        var from = in.isBefore(slot.startsAt()) ? slot.startsAt() : in;
        var to = out.isAfter(slot.endsAt()) ? slot.endsAt() : out;
        return (int) Math.max(0, Duration.between(from, to).toMinutes());
    }
}
