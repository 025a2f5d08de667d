package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** Articles' pages: the list, an article, its revisions, the form to write or edit one, the recurring questions. */
@Controller
class ArticlePages {

    private static final int RECURRING_SHOWN = 50;

    private final ArticleService articles;
    private final RecurringQuestions recurring;
    private final ArticleMeta meta;
    private final SpaceService spaces;

    ArticlePages(ArticleService articles, RecurringQuestions recurring, ArticleMeta meta, SpaceService spaces) {
        this.spaces = spaces;
        this.articles = articles;
        this.recurring = recurring;
        this.meta = meta;
    }

    @GetMapping("/articles")
    String list(Actor actor, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("list", articles.list(actor, null, before));
        return "knowledge/articles";
    }

    @GetMapping("/spaces/{slug}/articles")
    String spaceList(@PathVariable String slug, Actor actor, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("list", articles.list(actor, slug, before));
        return "knowledge/articles";
    }

    @GetMapping({"/articles/{id:\\d+}", "/articles/{id:\\d+}/{slug}"})
    String article(@PathVariable long id, Actor actor, Model model) {
        var view = articles.view(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("pageMeta", meta.of(view));
        return "knowledge/article";
    }

    @GetMapping("/articles/{id:\\d+}/revisions")
    String revisions(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("article", articles.get(actor, id));
        model.addAttribute("revisions", articles.revisions(actor, id));
        return "knowledge/article-revisions";
    }

    /** The form prefilled from the threads named, and the questions closed as their duplicates. */
    @GetMapping("/articles/new")
    String newForm(@RequestParam(required = false) List<Long> questions, Actor actor, Model model) {
        var draft = articles.draft(actor, questions == null ? List.of() : questions);
        model.addAttribute("form", draft);
        model.addAttribute("tagText", String.join(" ", draft.tags()));
        return formPage(actor, null, model);
    }

    @PostMapping("/articles")
    String write(Actor actor, @ModelAttribute("form") WriteArticle form,
                 @RequestParam(name = "tagText", required = false) String tagText, Model model) {
        var withTags = new WriteArticle(form.space(), form.title(), form.body(), splitTags(tagText), form.questions());
        try {
            var article = articles.write(actor, withTags);
            return "redirect:" + article.path();
        } catch (MusterException refused) {
            if (refused.field() == null && refused.status().value() != 413) throw refused;
            FormErrors.show(model, "form", withTags, refused);
            model.addAttribute("tagText", tagText);
            return formPage(actor, null, model);
        }
    }

    @GetMapping("/articles/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        var article = articles.get(actor, id);
        actor.require(org.muster.platform.Role.STAFF);
        var view = articles.view(actor, id);
        model.addAttribute("form", new WriteArticle(view.space().slug(), article.title(), article.body(), article.tags(), List.of()));
        model.addAttribute("tagText", String.join(" ", article.tags()));
        return formPage(actor, article, model);
    }

    @PostMapping("/articles/{id:\\d+}/edit")
    String edit(@PathVariable long id, Actor actor, @ModelAttribute("form") WriteArticle form,
                @RequestParam(name = "tagText", required = false) String tagText, Model model) {
        var withTags = new WriteArticle(form.space(), form.title(), form.body(), splitTags(tagText), List.of());
        try {
            return "redirect:" + articles.edit(actor, id, withTags).path();
        } catch (MusterException refused) {
            if (refused.field() == null && refused.status().value() != 413) throw refused;
            FormErrors.show(model, "form", withTags, refused);
            model.addAttribute("tagText", tagText);
            return formPage(actor, articles.get(actor, id), model);
        }
    }

    @GetMapping("/articles/recurring")
    String recurring(Actor actor, Model model) {
        model.addAttribute("clusters", recurring.report(actor, RECURRING_SHOWN));
        return "knowledge/recurring";
    }

    private String formPage(Actor actor, Article editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "knowledge/article-form";
    }

    private static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) return List.of();
        return List.of(text.strip().split("[,\\s]+"));
    }
}
