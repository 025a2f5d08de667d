package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The composer's draft as muster.js saves it while the member types (form fields, as the form would post
 * them), and the form's "Discard draft" button, which works without JavaScript too.
 */
@Controller
class DraftPages {

    private final Drafts drafts;

    DraftPages(Drafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/drafts/{kind}/{key}")
    ResponseEntity<Void> save(@PathVariable String kind, @PathVariable String key, Actor actor,
                              @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                              @RequestParam(name = "tagText", required = false) String tags) {
        drafts.save(actor, DraftPlace.of(kind, key), title, body, tags);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/drafts/{kind}/{key}/discard")
    String discard(@PathVariable String kind, @PathVariable String key, Actor actor, RedirectAttributes redirect) {
        var place = DraftPlace.of(kind, key);
        drafts.discard(actor, place);
        Done.tell(redirect, "draft.discarded");
        return "redirect:" + drafts.formPath(actor, place);
    }
}
