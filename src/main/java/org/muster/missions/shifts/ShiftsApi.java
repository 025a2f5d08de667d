package org.muster.missions.shifts;

import org.muster.missions.common.Reliability;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "Missions")
class ShiftsApi {

    record NewSlot(Instant startsAt, Instant endsAt, String place, Integer capacity, Instant optInUntil) {
    }

    record Code(String code) {
    }

    record Decision(String decision, String note) {
    }

    record SignupInput(Integer partySize) {
    }

    private final Shifts shifts;
    private final Attendance attendance;
    private final Lottery lottery;
    private final Reliability reliability;

    ShiftsApi(Shifts shifts, Attendance attendance, Lottery lottery, Reliability reliability) {
        this.shifts = shifts;
        this.attendance = attendance;
        this.lottery = lottery;
        this.reliability = reliability;
    }

    @PostMapping("/api/v1/missions/{slug}/slots")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a slot of a shift mission {startsAt, endsAt, place, capacity, optInUntil}; with optInUntil, sign-ups until then enter a lottery")
    Slot add(@PathVariable String slug, @RequestBody NewSlot input, Actor actor) {
        return shifts.addSlot(actor, slug, input.startsAt(), input.endsAt(), input.place(), input.capacity(), input.optInUntil());
    }

    @GetMapping("/api/v1/missions/{slug}/slots")
    @Operation(summary = "A shift mission's slots with capacity, booked places and waitlist length")
    List<Slot> slots(@PathVariable String slug, Actor actor) {
        actor.requireMember();
        return shifts.slotsOf(slug);
    }

    @PostMapping("/api/v1/slots/{id}/signups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign up for a slot {partySize}: booked while places last, then waitlisted; 409 when the slot has started or naming an overlapping slot")
    Signup signUp(@PathVariable long id, @RequestBody(required = false) SignupInput input, Actor actor) {
        return shifts.signUp(actor, id, input == null ? null : input.partySize());
    }

    @DeleteMapping("/api/v1/signups/{id}")
    @Operation(summary = "Withdraw from a slot (within a day of the start it counts as late); the waitlist moves up")
    Signup withdraw(@PathVariable long id, Actor actor) {
        return shifts.withdraw(actor, id);
    }

    @GetMapping("/api/v1/me/signups")
    @Operation(summary = "My schedule: your sign-ups with their slot, attendance, hours (disputes about them: /api/v1/disputes) and your place on a waitlist (waitlistPosition, 1 is next); what is ahead soonest first, then what is over, the latest first")
    List<ScheduleEntry> mine(Actor actor) {
        return shifts.mine(actor);
    }

    @GetMapping("/api/v1/slots/{id}/roster")
    @Operation(summary = "Staff: a slot's roster with attendance, and the check-in code to show at the place")
    Shifts.Roster roster(@PathVariable long id, Actor actor) {
        return shifts.roster(actor, id);
    }

    @PostMapping("/api/v1/slots/{id}/code")
    @Operation(summary = "Staff: a new check-in code for the slot")
    Shifts.Roster newCode(@PathVariable long id, Actor actor) {
        return shifts.newCheckInCode(actor, id);
    }

    @GetMapping("/api/v1/slots/{id}/lottery")
    @Operation(summary = "A slot's lottery: once drawn, the seed and each entry's weight and rank (names only for staff and yourself); before, when it will be drawn and how many entered")
    Lottery.Draw draw(@PathVariable long id, Actor actor) {
        return lottery.draw(actor, id);
    }

    @PostMapping("/api/v1/signups/{id}/check-in")
    @Operation(summary = "Check in {code}: members with the code shown at the place (from an hour before), staff without")
    Signup checkIn(@PathVariable long id, @RequestBody(required = false) Code input, Actor actor) {
        return attendance.checkIn(actor, id, input == null ? null : input.code());
    }

    @PostMapping("/api/v1/signups/{id}/check-out")
    @Operation(summary = "Check out {code}; with auto approval the hours are approved and rewarded at once")
    Signup checkOut(@PathVariable long id, @RequestBody(required = false) Code input, Actor actor) {
        return attendance.checkOut(actor, id, input == null ? null : input.code());
    }

    @PostMapping("/api/v1/signups/{id}/hours")
    @Operation(summary = "Staff: {decision: approve|decline, note}; approving pays the mission's reward once; a decision stands")
    Signup hours(@PathVariable long id, @RequestBody Decision input, Actor actor) {
        return attendance.decideHours(actor, id, input.decision(), input.note());
    }

    @GetMapping("/api/v1/members/{id}/reliability")
    @Operation(summary = "A peer's reliability: completions, late withdrawals, no-shows, ratings, score and label")
    Reliability.Standing reliability(@PathVariable long id, Actor actor) {
        return reliability.of(actor, id);
    }
}
