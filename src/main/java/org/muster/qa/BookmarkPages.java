package org.muster.qa;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Set;

/** The bookmark button of questions and answers (htmx swaps the button; without JavaScript a redirect) and "My bookmarks". */
@Controller
class BookmarkPages {

    private final Bookmarks bookmarks;

    BookmarkPages(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @PostMapping("/posts/{id}/bookmark")
    String toggle(@PathVariable long id, @RequestParam boolean on, @RequestParam(required = false) Long questionId,
                  Actor actor, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String back;
        if (on) {
            back = bookmarks.bookmark(actor, id).path();
        } else {
            bookmarks.remove(actor, id);
            // Only pages of ours, built from numbers: never an address taken from the request.
            back = questionId == null ? "/bookmarks" : "/questions/" + questionId + "#post-" + id;
        }
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("bookmarked", on ? Set.of(id) : Set.of());
            model.addAttribute("postId", id);
            model.addAttribute("questionId", questionId);
            return "qa/question :: bookmark(postId=${postId}, questionId=${questionId})";
        }
        Done.tell(redirect, on ? "bookmark.added" : "bookmark.removed");
        return "redirect:" + back;
    }

    @GetMapping("/bookmarks")
    String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        model.addAttribute("page", bookmarks.list(actor, page));
        return "qa/bookmarks";
    }
}
