package org.muster.missions.programs;

import org.muster.missions.shifts.CalendarFeed;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/** Partner initiatives of a program, and members' calendar feeds. */
@RestController
@Tag(name = "Missions")
class ProgramsApi {

    record NewPartner(String name, String kind, String goal) {
    }

    record Sponsorship(String currency, Long amount, Long toBudget, String key) {
    }

    record Publication(boolean published) {
    }

    record NewMilestone(String title, String owner, LocalDate dueOn, Long ownerPartnerId) {
    }

    private final Partners partners;
    private final CalendarFeed calendar;

    ProgramsApi(Partners partners, CalendarFeed calendar) {
        this.partners = partners;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/programs/{slug}")
    @Operation(summary = "A program with its partners, goals and milestones; staff also see budgets and sponsor pools")
    Partners.Overview program(@PathVariable String slug, Actor actor) {
        return partners.overview(actor, slug);
    }

    @GetMapping("/api/v1/programs/{slug}/landing")
    @Operation(summary = "A published program's landing page: its purpose, open missions with their rewards, partners and plan; unpublished ones are 404 to all but staff")
    Partners.Landing landing(@PathVariable String slug, Actor actor) {
        return partners.landing(actor, slug);
    }

    @PutMapping("/api/v1/programs/{slug}/published")
    @Operation(summary = "Staff: open the program's landing page /join/{slug} to visitors {published: true} or close it {published: false}")
    Program publish(@PathVariable String slug, @RequestBody Publication input, Actor actor) {
        return partners.publish(actor, slug, input.published());
    }

    @PostMapping("/api/v1/programs/{slug}/partners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a partner organisation {name, kind: transport|non-profit|authority|business|other, goal}")
    Partner partner(@PathVariable String slug, @RequestBody NewPartner input, Actor actor) {
        return partners.add(actor, slug, input.name(), input.kind(), input.goal());
    }

    @PostMapping("/api/v1/partners/{id}/sponsorships")
    @Operation(summary = "Staff: a partner's contribution to its sponsor pool {currency: points|ISO code, amount, toBudget, key}; toBudget moves pool money into the program's budget")
    Partners.PartnerView sponsor(@PathVariable long id, @RequestBody Sponsorship input, Actor actor) {
        return partners.sponsor(actor, id, input.currency(), input.amount(), input.toBudget(), input.key());
    }

    @PostMapping("/api/v1/programs/{slug}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a milestone of the program's plan {title, owner, dueOn, ownerPartnerId}; the owner partner's people may update it")
    Milestone milestone(@PathVariable String slug, @RequestBody NewMilestone input, Actor actor) {
        return partners.addMilestone(actor, slug, input.title(), input.owner(), input.dueOn(), input.ownerPartnerId());
    }

    @PostMapping("/api/v1/milestones/{id}/done")
    @Operation(summary = "Staff: mark a milestone done")
    Milestone done(@PathVariable long id, Actor actor) {
        return partners.completeMilestone(actor, id);
    }

    @PostMapping("/api/v1/me/calendar")
    @Operation(summary = "A new secret address of your iCalendar feed (booked slots and matches); the old one stops working")
    Map<String, String> calendarAddress(Actor actor) {
        return Map.of("url", calendar.newAddress(actor));
    }

    @GetMapping("/calendar/{key}.ics")
    @Operation(summary = "A member's schedule as iCalendar, by the secret address's key")
    ResponseEntity<String> feed(@PathVariable String key) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8")).body(calendar.feed(key));
    }
}
