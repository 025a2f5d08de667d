package org.muster.qa;

import io.swagger.v3.oas.annotations.Operation;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tags")
class TagApi {

    private final TagService tags;

    TagApi(TagService tags) {
        this.tags = tags;
    }

    record Description(String description) {
    }

    @GetMapping("/api/v1/tags")
    @Operation(summary = "Tags by popularity, optionally starting with a prefix: those on questions the reader may read "
            + "or named by a space he may read, counting only the questions he may read")
    List<Tag> list(@RequestParam(required = false) String prefix, Actor actor) {
        return tags.list(actor, prefix);
    }

    @GetMapping("/api/v1/tag-suggestions")
    @Operation(summary = "At most 8 tags the member may see that start with the prefix, the most used first, each with "
            + "its description and count, for the tag field's suggestions; members only, 60 a minute")
    List<Tag> suggest(@RequestParam(defaultValue = "") String prefix, Actor actor) {
        return tags.suggest(actor, prefix);
    }

    @GetMapping("/api/v1/tags/{name}")
    @Operation(summary = "A tag with its description and the number of questions the reader may read; 404 for a tag "
            + "only used where he may not read")
    Tag get(@PathVariable String name, Actor actor) {
        return tags.get(actor, name);
    }

    @PatchMapping("/api/v1/tags/{name}")
    @Operation(summary = "Describe a tag the reader may see (champions and up)")
    Tag describe(Actor actor, @PathVariable String name, @RequestBody Description input) {
        return tags.describe(actor, name, input.description());
    }
}
