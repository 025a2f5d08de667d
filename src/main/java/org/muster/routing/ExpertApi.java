package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Expert routing")
class ExpertApi {

    private final ExpertRouting routing;
    private final MessageSource messages;

    ExpertApi(ExpertRouting routing, MessageSource messages) {
        this.routing = routing;
        this.messages = messages;
    }

    record ReasonJson(String key, List<Long> args, String text) {
    }

    record AskedJson(long memberId, String displayName, Instant askedAt, String status, List<ReasonJson> reasons) {
    }

    @GetMapping("/api/v1/questions/{id}/routing")
    @Operation(summary = "Who was asked to help with the question and why (staff); status asked, answered, declined "
            + "or ignored. 404 for a question the reader may not see, 403 for members who are not staff")
    List<AskedJson> asked(@PathVariable long id, Actor actor) {
        var locale = LocaleContextHolder.getLocale();
        return routing.asked(actor, id).stream().map(a -> new AskedJson(a.memberId(), a.displayName(), a.askedAt(),
                a.status().name().toLowerCase(Locale.ROOT), a.reasons().stream()
                .map(r -> new ReasonJson(r.key(), r.args(), messages.getMessage(r.key(), r.args().toArray(), locale)))
                .toList())).toList();
    }

    @PostMapping("/api/v1/questions/{id}/routing/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline being asked to help with the question: you are not asked about it again. "
            + "403 if you were not asked, 409 once you answered it")
    void decline(@PathVariable long id, Actor actor) {
        routing.decline(actor, id);
    }

    @GetMapping("/api/v1/routing/preferences")
    @Operation(summary = "How often you may be asked to help: a weekly maximum (null: none) and whether you paused")
    ExpertPreferences preferences(Actor actor) {
        return routing.preferences(actor);
    }

    @PutMapping("/api/v1/routing/preferences")
    @Operation(summary = "Set how often you may be asked to help; weeklyMaximum from 0 to 1000, or null for none")
    ExpertPreferences savePreferences(@RequestBody ExpertPreferences preferences, Actor actor) {
        return routing.savePreferences(actor, preferences);
    }
}
