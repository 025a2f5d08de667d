package org.muster.qa;

import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Map;

/** The home page, a space's questions, a tag's questions, the question page and the ask form. */
@Controller
class QuestionPages {

    private static final int RELATED_SHOWN = 5;
    private static final int SIMILAR_SHOWN = 5;
    private static final int DUPLICATE_SUGGESTIONS = 8;

    private final QuestionService questions;
    private final SpaceService spaces;
    private final TagService tags;
    private final RelatedQuestions related;
    private final PostGuard guard;
    private final Drafts drafts;
    private final Visits visits;
    private final InstantAnswers instantAnswers;
    private final ThreadPage threadPage;
    private final PinnedCollections pinnedCollections;

    QuestionPages(QuestionService questions, SpaceService spaces, TagService tags, RelatedQuestions related,
                  PostGuard guard, Drafts drafts, Visits visits, InstantAnswers instantAnswers, ThreadPage threadPage,
                  PinnedCollections pinnedCollections) {
        this.instantAnswers = instantAnswers;
        this.threadPage = threadPage;
        this.pinnedCollections = pinnedCollections;
        this.drafts = drafts;
        this.visits = visits;
        this.questions = questions;
        this.spaces = spaces;
        this.tags = tags;
        this.related = related;
        this.guard = guard;
    }

    @GetMapping("/")
    String home(Actor actor, @ModelAttribute("query") ListParams params, HttpServletRequest request, Model model) {
        return listPage(actor, request, "home", questions.homePage(actor, params.query()), model);
    }

    @GetMapping("/spaces/{slug}")
    String space(@PathVariable String slug, Actor actor, @ModelAttribute("query") ListParams params,
                 HttpServletRequest request, Model model) {
        var page = questions.spacePage(actor, slug, params.query());
        model.addAttribute("collections", pinnedCollections.pinnedTo(page.details().space().id()));
        return listPage(actor, request, "space:" + slug, page, model);
    }

    @GetMapping("/tags/{name}")
    String tag(@PathVariable String name, Actor actor, @ModelAttribute("query") ListParams params,
               HttpServletRequest request, Model model) {
        var tag = tags.get(actor, name);
        model.addAttribute("tag", tag);
        model.addAttribute("canDescribe", actor.has(org.muster.platform.Role.CHAMPION));
        return listPage(actor, request, "tag:" + tag.name(), questions.homePage(actor,
                new QuestionQuery(params.sort(), tag.name(), params.solved(), params.after(), 0)), model);
    }

    private String listPage(Actor actor, HttpServletRequest request, String list, SpacePage page, Model model) {
        var shown = java.util.stream.Stream.concat(page.pinned().stream(), page.page().questions().stream()).toList();
        model.addAttribute("news", visits.visitList(actor, list, shown, opened(request)));
        model.addAttribute("details", page.details());
        model.addAttribute("pinned", page.pinned());
        model.addAttribute("page", page.page());
        model.addAttribute("spaces", page.spaces());
        return "qa/list";
    }

    @PostMapping("/tags/{name}/description")
    String describe(@PathVariable String name, @RequestParam String description, Actor actor) {
        var tag = tags.describe(actor, name, description);
        return "redirect:/tags/" + tag.name();
    }

    @GetMapping("/tags")
    String tagList(@RequestParam(required = false) String prefix, Actor actor, Model model) {
        model.addAttribute("tags", tags.list(actor, prefix));
        model.addAttribute("prefix", prefix);
        return "qa/tags";
    }

    @GetMapping({"/questions/{id}", "/questions/{id}/{slug}"})
    String question(@PathVariable long id, Actor actor, HttpServletRequest request, Model model) {
        var thread = questions.thread(actor, id);
        var viewer = Viewers.key(actor, request);
        if (viewer != null) questions.recordView(actor, id, viewer);
        var since = visits.visitQuestion(actor, thread, opened(request));
        model.addAttribute("since", since);
        model.addAttribute("firstNew", thread.firstNewSince(since));
        threadPage.show(model, actor, thread);
        // The member's unposted answer and comments, saved as he typed (here or on another device), are put back.
        model.addAttribute("answerDraft", thread.answerDraft());
        model.addAttribute("answerForm", new PostAnswer(thread.answerDraft() == null ? "" : thread.answerDraft().body()));
        model.addAttribute("commentDrafts", thread.commentDrafts());
        model.addAttribute("bookmarked", thread.bookmarked());
        // The layout opens the live stream of this question (answers, votes, comments appear without reload).
        model.addAttribute("liveQuestion", id);
        return "qa/question";
    }

    /** A question's related questions: the panel htmx puts on the question page, or a page of its own. */
    @GetMapping("/related/{id}")
    String related(@PathVariable long id, Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("question", questions.get(actor, id));
        model.addAttribute("related", related.related(actor, id, RELATED_SHOWN));
        return request.getHeader("HX-Request") != null ? "qa/related :: panel" : "qa/related";
    }

    /** Moderators' suggestions of what a question duplicates, with a button each to close it so. */
    @GetMapping("/related/{id}/duplicates")
    String duplicates(@PathVariable long id, Actor actor, HttpServletRequest request, Model model) {
        actor.require(org.muster.platform.Role.MODERATOR);
        var question = questions.get(actor, id);
        model.addAttribute("question", question);
        model.addAttribute("duplicateSuggestions", question.closed() ? List.of() : related.related(actor, id, DUPLICATE_SUGGESTIONS));
        return request.getHeader("HX-Request") != null ? "qa/duplicates :: suggestions" : "qa/duplicates";
    }

    /**
     * The panel beside the ask form: a solved question's solution when the one being typed is close enough
     * to it (an instant answer), then questions like it (htmx, as the member types).
     */
    @GetMapping("/ask/similar")
    String similar(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
                   Actor actor, Model model) {
        var offer = instantAnswers.offer(actor, title, body);
        model.addAttribute("instantAnswer", offer.orElse(null));
        // The question offered above is not listed again below it.
        model.addAttribute("similar", related.similar(actor, title, body, SIMILAR_SHOWN).stream()
                .filter(s -> offer.isEmpty() || s.article() || s.id() != offer.get().questionId()).toList());
        return "qa/similar :: panel(similar=${similar})";
    }

    @GetMapping({"/ask", "/spaces/{slug}/ask"})
    String askForm(@PathVariable(required = false) String slug, @RequestParam(required = false) String space,
                   Actor actor, Model model) {
        actor.requireMember();
        var chosen = slug != null ? slug : space;
        var draft = drafts.find(actor, DraftPlace.asking(chosen));
        model.addAttribute("form", draft.map(d -> new AskQuestion(chosen, d.title(), d.body(), List.of(), Map.of()))
                .orElseGet(() -> new AskQuestion(chosen, "", "", List.of(), Map.of())));
        model.addAttribute("tagText", draft.map(SavedDraft::tags).orElse(null));
        model.addAttribute("draft", draft.orElse(null));
        return askPage(actor, chosen, model);
    }

    @PostMapping("/ask")
    String ask(Actor actor, @ModelAttribute("form") AskQuestion form,
               @RequestParam(name = "tagText", required = false) String tagText,
               @RequestParam(name = "askAnyway", required = false) Long askAnyway,
               @RequestParam Map<String, String> params, Model model) {
        var withTags = new AskQuestion(form.space(), form.title(), form.body(), splitTags(tagText), fieldsOf(params));
        if (params.containsKey("mask")) {
            var masked = new AskQuestion(form.space(), mask(form.title()), mask(form.body()), withTags.tags(),
                    withTags.fields().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            Map.Entry::getKey, e -> mask(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new)));
            model.addAttribute("form", masked);
            model.addAttribute("tagText", tagText);
            model.addAttribute("masked", true);
            return askPage(actor, form.space(), model);
        }
        try {
            // Without JavaScript the member sees an instant answer only now: it comes before his question,
            // which waits in the form as typed until he answers it.
            if (askAnyway != null) instantAnswers.askAnyway(actor, askAnyway);
            else {
                var offer = instantAnswers.offer(actor, withTags.title(), withTags.body());
                if (offer.isPresent()) {
                    model.addAttribute("form", withTags);
                    model.addAttribute("tagText", tagText);
                    model.addAttribute("pendingInstantAnswer", offer.get());
                    return askPage(actor, form.space(), model);
                }
            }
            var question = questions.ask(actor, withTags);
            return "redirect:/questions/" + question.id() + "/" + question.slug();
        } catch (MusterException refused) {
            if (refused.field() == null && refused.status().value() != 413) throw refused;
            FormErrors.show(model, "form", withTags, refused);
            model.addAttribute("tagText", tagText);
            return askPage(actor, form.space(), model);
        }
    }

    private String mask(String text) {
        return text == null ? null : guard.mask(text);
    }

    private String askPage(Actor actor, String slug, Model model) {
        var form = (AskQuestion) model.getAttribute("form");
        model.addAttribute("similar", form == null || form.title() == null || form.title().isBlank() ? List.of()
                : related.similar(actor, form.title(), form.body(), SIMILAR_SHOWN));
        model.addAttribute("spaces", spaces.listVisible(actor));
        model.addAttribute("draftPath", DraftPlace.asking(slug).path());
        if (slug != null && !slug.isBlank()) model.addAttribute("details", spaces.view(actor, slug));
        return "qa/ask";
    }

    static List<String> splitTags(String text) {
        if (text == null || text.isBlank()) return List.of();
        return List.of(text.split("[,\\s]+"));
    }

    /** Template values arrive as fields[name] parameters. */
    static Map<String, String> fieldsOf(Map<String, String> params) {
        var fields = new java.util.LinkedHashMap<String, String>();
        params.forEach((key, value) -> {
            if (key.startsWith("fields[") && key.endsWith("]")) fields.put(key.substring(7, key.length() - 1), value);
        });
        return fields;
    }

    /** Opened by the member, not fetched again in part by htmx (live updates, the header's notification count). */
    private static boolean opened(HttpServletRequest request) {
        return request.getHeader("HX-Request") == null;
    }

    /** List parameters from the address: sort, tag, solved, after. */
    record ListParams(String sort, String tag, Boolean solved, String after) {
        QuestionQuery query() {
            return new QuestionQuery(sort, tag, solved, after, 0);
        }
    }
}
