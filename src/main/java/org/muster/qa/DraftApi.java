package org.muster.qa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.muster.platform.Actor;
import org.muster.platform.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Drafts")
class DraftApi {

    private static final String KIND = "question (key: a space's slug, or any), answer (key: the question's id), "
            + "comment or edit (key: the post's id)";

    private final Drafts drafts;

    DraftApi(Drafts drafts) {
        this.drafts = drafts;
    }

    record DraftInput(String title, String body, String tags) {
    }

    @GetMapping("/api/v1/drafts/{kind}/{key}")
    @Operation(summary = "The member's own unpublished draft for a place; 404 when he has none there (another member's "
            + "draft is never shown)")
    SavedDraft get(@Parameter(description = KIND) @PathVariable String kind, @PathVariable String key, Actor actor) {
        actor.requireMember();
        return drafts.find(actor, DraftPlace.of(kind, key)).orElseThrow(NotFound::new);
    }

    @PutMapping("/api/v1/drafts/{kind}/{key}")
    @Operation(summary = "Save the member's draft for a place he may see {title, body, tags} (title and tags when asking "
            + "or editing a question); the body is limited like a post's; an empty draft is deleted (204). Publishing "
            + "the post there deletes it")
    ResponseEntity<SavedDraft> put(@Parameter(description = KIND) @PathVariable String kind, @PathVariable String key,
                                   @RequestBody DraftInput input, Actor actor) {
        return drafts.save(actor, DraftPlace.of(kind, key), input.title(), input.body(), input.tags())
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @DeleteMapping("/api/v1/drafts/{kind}/{key}")
    @Operation(summary = "Discard the member's draft for a place")
    ResponseEntity<Void> delete(@Parameter(description = KIND) @PathVariable String kind, @PathVariable String key,
                                Actor actor) {
        drafts.discard(actor, DraftPlace.of(kind, key));
        return ResponseEntity.noContent().build();
    }
}
