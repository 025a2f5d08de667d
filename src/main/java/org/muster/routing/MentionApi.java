package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.accounts.MentionCandidate;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Mentions")
class MentionApi {

    private final MentionSuggestions suggestions;

    MentionApi(MentionSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/v1/mentions")
    @Operation(summary = "Active members whose mention handle or display name starts with the prefix (2 characters or "
            + "more, any case and accents), at most 8, for the editor's @ suggestions; members only, 60 a minute")
    List<MentionCandidate> suggest(Actor actor, @RequestParam(defaultValue = "") String prefix) {
        return suggestions.suggest(actor, prefix);
    }
}
