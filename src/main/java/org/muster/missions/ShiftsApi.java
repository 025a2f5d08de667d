package org.muster.missions;

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

    record NewSlot(Instant startsAt, Instant endsAt, String place, Integer capacity) {
    }

    record SignupInput(Integer partySize) {
    }

    private final Shifts shifts;

    ShiftsApi(Shifts shifts) {
        this.shifts = shifts;
    }

    @PostMapping("/api/v1/missions/{slug}/slots")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a slot of a shift mission {startsAt, endsAt, place, capacity}")
    Slot add(@PathVariable String slug, @RequestBody NewSlot input, Actor actor) {
        return shifts.addSlot(actor, slug, input.startsAt(), input.endsAt(), input.place(), input.capacity());
    }

    @GetMapping("/api/v1/missions/{slug}/slots")
    @Operation(summary = "A shift mission's slots with capacity, booked places and waitlist length")
    List<Slot> slots(@PathVariable String slug, Actor actor) {
        actor.requireMember();
        return shifts.slotsOf(slug);
    }

    @PostMapping("/api/v1/slots/{id}/signups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign up for a slot {partySize}: booked while places last, then waitlisted; 409 naming an overlapping slot")
    Signup signUp(@PathVariable long id, @RequestBody(required = false) SignupInput input, Actor actor) {
        return shifts.signUp(actor, id, input == null ? null : input.partySize());
    }

    @DeleteMapping("/api/v1/signups/{id}")
    @Operation(summary = "Withdraw from a slot (within a day of the start it counts as late); the waitlist moves up")
    Signup withdraw(@PathVariable long id, Actor actor) {
        return shifts.withdraw(actor, id);
    }

    @GetMapping("/api/v1/me/signups")
    @Operation(summary = "Your slot sign-ups")
    List<Signup> mine(Actor actor) {
        return shifts.mine(actor);
    }
}
