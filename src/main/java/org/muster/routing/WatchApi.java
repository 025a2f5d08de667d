package org.muster.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Watches")
class WatchApi {

    private final WatchService watches;

    WatchApi(WatchService watches) {
        this.watches = watches;
    }

    record WatchedQuestionJson(long id, String title, String url) {
    }

    record WatchedSpaceJson(String slug, String name) {
    }

    record WatchesJson(List<WatchedQuestionJson> questions, List<String> tags, List<WatchedSpaceJson> spaces) {
    }

    record WatchJson(boolean watching) {
    }

    @GetMapping("/api/v1/watches")
    @Operation(summary = "What the member watches: questions, tags and spaces, as far as they may still see them")
    WatchesJson list(Actor actor) {
        var watching = watches.watching(actor);
        return new WatchesJson(
                watching.questions().stream()
                        .map(q -> new WatchedQuestionJson(q.id(), q.title(), "/questions/" + q.id() + "/" + q.slug())).toList(),
                watching.tags(),
                watching.spaces().stream().map(s -> new WatchedSpaceJson(s.slug(), s.name())).toList());
    }

    @PutMapping("/api/v1/watches/tags/{tag}")
    @Operation(summary = "Watch a tag: each new question carrying it is notified (kind WATCHED_TOPIC); 404 for a tag "
            + "the member may not see")
    WatchJson watchTag(Actor actor, @PathVariable String tag) {
        return new WatchJson(watches.watchTag(actor, tag, true));
    }

    @DeleteMapping("/api/v1/watches/tags/{tag}")
    @Operation(summary = "Stop watching a tag")
    WatchJson unwatchTag(Actor actor, @PathVariable String tag) {
        return new WatchJson(watches.watchTag(actor, tag, false));
    }

    @PutMapping("/api/v1/watches/spaces/{slug}")
    @Operation(summary = "Watch a space: each new question in it is notified (kind WATCHED_TOPIC); 404 for a space "
            + "the member may not see")
    WatchJson watchSpace(Actor actor, @PathVariable String slug) {
        return new WatchJson(watches.watchSpace(actor, slug, true));
    }

    @DeleteMapping("/api/v1/watches/spaces/{slug}")
    @Operation(summary = "Stop watching a space")
    WatchJson unwatchSpace(Actor actor, @PathVariable String slug) {
        return new WatchJson(watches.watchSpace(actor, slug, false));
    }
}
