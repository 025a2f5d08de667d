package org.muster.spaces;

import org.muster.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page and the spaces a reader may see. */
@Controller
class SpacePages {

    private final SpaceService spaces;

    SpacePages(SpaceService spaces) {
        this.spaces = spaces;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "spaces/home";
    }

    @GetMapping("/spaces")
    String list(Actor actor, Model model) {
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "spaces/list";
    }

    @GetMapping("/spaces/{slug}")
    String space(@PathVariable String slug, Actor actor, Model model) {
        model.addAttribute("details", spaces.view(actor, slug));
        return "spaces/space";
    }
}
