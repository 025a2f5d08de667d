package org.muster.spaces;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Tag(name = "Spaces")
class SpaceApi {

    private final SpaceService spaces;

    SpaceApi(SpaceService spaces) {
        this.spaces = spaces;
    }

    record SpaceJson(long id, String slug, String name, String description, String visibility,
                     List<TemplateField> templateFields, List<TagGroup> tagGroups) {
        static SpaceJson of(SpaceDetails d) {
            var s = d.space();
            return new SpaceJson(s.id(), s.slug(), s.name(), s.description(), s.visibility().code(),
                    d.templateFields(), d.tagGroups());
        }
    }

    record SpaceSummaryJson(long id, String slug, String name, String description, String visibility) {
    }

    record MemberEmail(String email) {
    }

    @GetMapping("/api/v1/spaces")
    @Operation(summary = "The spaces the caller may see")
    List<SpaceSummaryJson> list(Actor actor) {
        return spaces.listVisible(actor).stream().map(s -> new SpaceSummaryJson(s.id(), s.slug(), s.name(),
                s.description(), s.visibility().code())).toList();
    }

    @GetMapping("/api/v1/spaces/{slug}")
    @Operation(summary = "One space with its question template and required tag groups (404 if not visible)")
    SpaceJson get(Actor actor, @PathVariable String slug) {
        return SpaceJson.of(spaces.view(actor, slug));
    }

    @PostMapping("/api/v1/spaces")
    @Operation(summary = "Create a space (admins)")
    ResponseEntity<SpaceJson> create(Actor actor, @Valid @RequestBody SpaceInput input) {
        var created = SpaceJson.of(spaces.create(actor, input));
        return ResponseEntity.created(URI.create("/api/v1/spaces/" + created.slug())).body(created);
    }

    @PatchMapping("/api/v1/spaces/{slug}")
    @Operation(summary = "Change a space (admins); fields left out stay as they are")
    SpaceJson edit(Actor actor, @PathVariable String slug, @Valid @RequestBody SpaceInput input) {
        return SpaceJson.of(spaces.edit(actor, slug, input));
    }

    @GetMapping("/api/v1/spaces/{slug}/members")
    @Operation(summary = "Members listed on a private space (admins)")
    List<SpaceMember> members(Actor actor, @PathVariable String slug) {
        return spaces.listMembers(actor, slug);
    }

    @PostMapping("/api/v1/spaces/{slug}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "List a member on a private space by e-mail (admins)")
    void addMember(Actor actor, @PathVariable String slug, @RequestBody MemberEmail input) {
        spaces.addMember(actor, slug, input.email());
    }

    @DeleteMapping("/api/v1/spaces/{slug}/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member from a private space (admins)")
    void removeMember(Actor actor, @PathVariable String slug, @PathVariable long memberId) {
        spaces.removeMember(actor, slug, memberId);
    }
}
