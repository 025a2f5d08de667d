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
    @Operation(summary = "Tags by popularity, optionally starting with a prefix")
    List<Tag> list(@RequestParam(required = false) String prefix) {
        return tags.list(prefix);
    }

    @GetMapping("/api/v1/tags/{name}")
    @Operation(summary = "A tag with its description and question count")
    Tag get(@PathVariable String name) {
        return tags.get(name);
    }

    @PatchMapping("/api/v1/tags/{name}")
    @Operation(summary = "Describe a tag (champions and up)")
    Tag describe(Actor actor, @PathVariable String name, @RequestBody Description input) {
        return tags.describe(actor, name, input.description());
    }
}
