package org.muster.search;

import jakarta.servlet.http.HttpServletResponse;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, the redirect that records an opened result, and the staff's list of search gaps. */
@Controller
class SearchPages {

    private final SearchService search;
    private final MessageSource messages;

    SearchPages(SearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false, defaultValue = "") String q,
                  @RequestParam(required = false, defaultValue = "1") int page, Actor actor, Model model,
                  HttpServletResponse response) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("results", search.search(actor, q, page));
        } catch (Invalid refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(refused.key(), refused.args(), LocaleContextHolder.getLocale()));
        }
        return "search/results";
    }

    /** Where a result's link goes: counts the search as successful, then opens the question. */
    @GetMapping("/search/open")
    String open(@RequestParam("s") String searchKey, @RequestParam("q") long questionId) {
        search.opened(searchKey, questionId);
        return "redirect:/questions/" + questionId;
    }

    /** The same for an article found among the questions: the search found what it sought. */
    @GetMapping(value = "/search/open", params = "a")
    String openArticle(@RequestParam("s") String searchKey, @RequestParam("a") long articleId) {
        search.opened(searchKey, null);
        return "redirect:/articles/" + articleId;
    }

    @GetMapping("/admin/search-gaps")
    String gaps(Actor actor, Model model) {
        model.addAttribute("gaps", search.gaps(actor, 200));
        return "search/gaps";
    }
}
