package org.muster.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Collections")
class CollectionApi {

    private final Collections collections;

    CollectionApi(Collections collections) {
        this.collections = collections;
    }

    @GetMapping("/api/v1/collections")
    @Operation(summary = "Every collection, each with the questions the reader may see, in order")
    List<CuratedCollection> list(Actor actor) {
        return collections.list(actor);
    }

    @GetMapping("/api/v1/collections/{id}")
    @Operation(summary = "A collection: its questions the reader may see, in order, and the spaces it is pinned to that the reader may see")
    CuratedCollection get(@PathVariable long id, Actor actor) {
        return collections.get(actor, id);
    }

    @PostMapping("/api/v1/collections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: create a collection {title (3-150), description (Markdown, at most 5,000)}")
    CuratedCollection create(@RequestBody CollectionInput input, Actor actor) {
        return collections.create(actor, input);
    }

    @PutMapping("/api/v1/collections/{id}")
    @Operation(summary = "Staff: change a collection's {title, description}")
    CuratedCollection edit(@PathVariable long id, @RequestBody CollectionInput input, Actor actor) {
        return collections.edit(actor, id, input);
    }

    @PutMapping("/api/v1/collections/{id}/items")
    @Operation(summary = "Staff: the collection's questions in their order {questionIds: [...]} (at most 200), replacing "
            + "the list: add, remove and reorder in one; questions the staff member cannot see stay, at the end")
    CuratedCollection arrange(@PathVariable long id, @RequestBody CollectionItems items, Actor actor) {
        return collections.arrange(actor, id, items);
    }

    @PutMapping("/api/v1/collections/{id}/spaces/{slug}")
    @Operation(summary = "Staff: pin the collection to a space; the space's page links to it")
    CuratedCollection pin(@PathVariable long id, @PathVariable String slug, Actor actor) {
        return collections.pin(actor, id, slug, true);
    }

    @DeleteMapping("/api/v1/collections/{id}/spaces/{slug}")
    @Operation(summary = "Staff: unpin the collection from a space")
    CuratedCollection unpin(@PathVariable long id, @PathVariable String slug, Actor actor) {
        return collections.pin(actor, id, slug, false);
    }
}
