package org.muster.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Insights")
class FreshnessApi {

    record FreshnessMonths(Long months) {
    }

    private final FreshnessSettings settings;

    FreshnessApi(FreshnessSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/insights/settings/freshness-months")
    @Operation(summary = "The age in months from which an accepted solution counts as old in the freshness metric (staff)")
    FreshnessMonths months(Actor actor) {
        return new FreshnessMonths(settings.months(actor));
    }

    @PutMapping("/api/v1/insights/settings/freshness-months")
    @Operation(summary = "Set that age (admins): {months}, from 1 to 120")
    FreshnessMonths setMonths(@RequestBody(required = false) FreshnessMonths input, Actor actor) {
        return new FreshnessMonths(settings.setMonths(actor, input == null ? null : input.months()));
    }
}
