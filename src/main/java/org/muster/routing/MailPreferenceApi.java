package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class MailPreferenceApi {

    private final MailPreferenceService preferences;

    MailPreferenceApi(MailPreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/v1/notification-settings/mail")
    @Operation(summary = "My quiet hours (in my time zone; mail waits until they end), digest hour and weekly digest day")
    MailPreferences preferences(Actor actor) {
        return preferences.preferences(actor);
    }

    @PutMapping("/api/v1/notification-settings/mail")
    @Operation(summary = "Change my quiet hours, digest hour and weekly digest day; a bad field is a 400 problem naming it")
    MailPreferences change(Actor actor, @RequestBody MailPreferences change) {
        return preferences.change(actor, change);
    }
}
