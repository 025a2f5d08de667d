package org.muster.insights;

import org.muster.missions.AppealDecided;
import org.muster.missions.AttendanceMarked;
import org.muster.missions.DisputeResolved;
import org.muster.missions.EntrantPlaced;
import org.muster.missions.HoursDeclined;
import org.muster.missions.MatchChanged;
import org.muster.missions.MatchRated;
import org.muster.missions.MatchRequested;
import org.muster.missions.MissionCompleted;
import org.muster.missions.SlotAdded;
import org.muster.missions.SlotDrawn;
import org.muster.missions.SlotSignedUp;
import org.muster.missions.WaitlistPromoted;
import org.muster.missions.shifts.ShiftRecords;
import org.muster.platform.Delivery;
import org.muster.platform.EventLog;
import org.muster.platform.FeedPosition;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Subscriptions;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Missions' facts for the peer army's figures, one node at a time. Slots and sign-ups are read as they
 * stand from missions once per batch (an event only says which changed), so a no-show cleared by a
 * dispute or an appeal is no longer one; whether a sign-up waited on a list or was moved up from it is
 * history its row does not keep, so that comes from the events. Matches' stages and ratings come from
 * the events alone. A rebuild replays the feed through the same methods, so it gives what following gave.
 */
@Component
class MissionFacts implements FeedSubscriber, DerivedFacts {

    private final PeerArmyFacts facts;
    private final ShiftRecords shifts;
    private final Subscriptions subscriptions;
    private final EventLog log;
    private final Set<Long> slots = new LinkedHashSet<>();
    private final Set<Long> signups = new LinkedHashSet<>();
    private final Set<Long> waitlisted = new HashSet<>();
    private final Set<Long> promoted = new HashSet<>();

    MissionFacts(PeerArmyFacts facts, ShiftRecords shifts, Subscriptions subscriptions, EventLog log) {
        this.facts = facts;
        this.shifts = shifts;
        this.subscriptions = subscriptions;
        this.log = log;
    }

    @Override
    public String subscription() {
        return "insights.missions";
    }

    void on(SlotAdded added) {
        slots.add(added.slotId());
    }

    void on(SlotDrawn drawn) {
        slots.add(drawn.slotId());
    }

    void on(SlotSignedUp signedUp) {
        // Before WaitlistPromoted existed, a move up from the waitlist was a second "booked".
        if (signedUp.status().equals("booked") && (signups.contains(signedUp.signupId()) || facts.hasSignup(signedUp.signupId())))
            promoted.add(signedUp.signupId());
        if (signedUp.status().equals("waitlisted")) waitlisted.add(signedUp.signupId());
        signup(signedUp.signupId(), signedUp.slotId());
    }

    void on(WaitlistPromoted moved) {
        promoted.add(moved.signupId());
        signup(moved.signupId(), moved.slotId());
    }

    void on(EntrantPlaced placed) {
        if (placed.status().equals("waitlisted")) waitlisted.add(placed.signupId());
        signup(placed.signupId(), placed.slotId());
    }

    void on(AttendanceMarked marked) {
        signup(marked.signupId(), marked.slotId());
    }

    void on(HoursDeclined declined) {
        signups.add(declined.signupId());
    }

    void on(MissionCompleted completed) {
        if (completed.source().startsWith("shift:")) signups.add(Long.parseLong(completed.source().substring("shift:".length())));
    }

    void on(DisputeResolved resolved) {
        if (resolved.kind().equals("no-show") || resolved.kind().equals("hours")) signups.add(resolved.itemId());
    }

    void on(AppealDecided decided) {
        signups.add(decided.signupId());
    }

    void on(MatchRequested requested, Delivery delivery) {
        facts.matchRequested(requested.requestId(), delivery.occurredAt());
    }

    void on(MatchChanged changed) {
        facts.matchReached(changed.requestId(), changed.status());
    }

    void on(MatchRated rated) {
        facts.matchRated(rated.requestId(), rated.stars());
    }

    private void signup(long signupId, long slotId) {
        signups.add(signupId);
        slots.add(slotId);
    }

    @Override
    public void batchApplied(boolean replay) {
        var read = shifts.signups(signups);
        read.forEach(s -> slots.add(s.slotId()));
        facts.putSlots(shifts.slots(slots));
        facts.putSignups(read, waitlisted, promoted);
        slots.clear();
        signups.clear();
        waitlisted.clear();
        promoted.clear();
    }

    @Override
    public String label() {
        return "insights.rebuild.missions";
    }

    /** The feed's length: a rebuild replays all of it. */
    @Override
    public long size() {
        return log.head().id();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        facts.clearMissions();
        done.accept(subscriptions.replay(this, FeedPosition.START));
    }
}
