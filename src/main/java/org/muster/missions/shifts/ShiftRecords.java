package org.muster.missions.shifts;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Slots and sign-ups as they stand, by id, for figures about shifts (fill, attendance, hours): one read
 * per batch of ids. Carries no names, codes or notes; who may see the figures is the reader's rule.
 */
@Service
@NamedInterface("api")
public class ShiftRecords {

    /** A slot: when, how many places, and whether its places went by lottery (and were drawn). */
    public record SlotRecord(long id, long missionId, Instant startsAt, Instant endsAt, int capacity, boolean lottery,
                             boolean drawn) {
    }

    /**
     * A sign-up as it stands: status entered, booked, waitlisted or withdrawn; late when withdrawn within
     * the late window; a lottery entrant when it entered a draw; a no-show until a dispute cleared it; the
     * minutes of hours staff approved (null until approved).
     */
    public record SignupRecord(long id, long slotId, long memberId, int partySize, String status, boolean late,
                               boolean lotteryEntrant, boolean noShow, Integer approvedMinutes) {
    }

    private final SlotRepository slots;

    ShiftRecords(SlotRepository slots) {
        this.slots = slots;
    }

    @Transactional(readOnly = true)
    public List<SlotRecord> slots(Collection<Long> slotIds) {
        return slotIds.isEmpty() ? List.of() : slots.slotRecords(slotIds);
    }

    @Transactional(readOnly = true)
    public List<SignupRecord> signups(Collection<Long> signupIds) {
        return signupIds.isEmpty() ? List.of() : slots.signupRecords(signupIds);
    }
}
