package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.FormNumbers;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The collections list, a collection's page, and staff's forms to create, edit, arrange and pin them. */
@Controller
class CollectionPages {

    private final Collections collections;
    private final SpaceService spaces;

    CollectionPages(Collections collections, SpaceService spaces) {
        this.collections = collections;
        this.spaces = spaces;
    }

    @GetMapping("/collections")
    String list(Actor actor, Model model) {
        model.addAttribute("collections", collections.list(actor));
        return "knowledge/collections";
    }

    @PostMapping("/collections")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) String description, Actor actor) {
        return "redirect:/collections/" + collections.create(actor, new CollectionInput(title, description)).id();
    }

    @GetMapping("/collections/{id}")
    String collection(@PathVariable long id, Actor actor, Model model) {
        var collection = collections.get(actor, id);
        model.addAttribute("collection", collection);
        if (actor.isStaff()) {
            var pinned = collection.spaces().stream().map(CuratedCollection.PinnedSpace::id).toList();
            model.addAttribute("unpinnedSpaces", spaces.listVisible(actor).stream().filter(s -> !pinned.contains(s.id())).toList());
        }
        return "knowledge/collection";
    }

    @PostMapping("/collections/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String title,
                @RequestParam(required = false) String description, Actor actor) {
        collections.edit(actor, id, new CollectionInput(title, description));
        return "redirect:/collections/" + id;
    }

    @PostMapping("/collections/{id}/items")
    String add(@PathVariable long id, @RequestParam(required = false) String questionId, Actor actor) {
        collections.add(actor, id, FormNumbers.parse("questionId", questionId));
        return "redirect:/collections/" + id;
    }

    @PostMapping("/collections/{id}/items/{questionId}/remove")
    String remove(@PathVariable long id, @PathVariable long questionId, Actor actor) {
        collections.remove(actor, id, questionId);
        return "redirect:/collections/" + id;
    }

    @PostMapping("/collections/{id}/items/{questionId}/move")
    String move(@PathVariable long id, @PathVariable long questionId, @RequestParam int by, Actor actor) {
        collections.move(actor, id, questionId, by);
        return "redirect:/collections/" + id;
    }

    @PostMapping("/collections/{id}/spaces")
    String pin(@PathVariable long id, @RequestParam(required = false) String space, Actor actor) {
        collections.pin(actor, id, space, true);
        return "redirect:/collections/" + id;
    }

    @PostMapping("/collections/{id}/spaces/{slug}/unpin")
    String unpin(@PathVariable long id, @PathVariable String slug, Actor actor) {
        collections.pin(actor, id, slug, false);
        return "redirect:/collections/" + id;
    }
}
