package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.Markdown;
import org.muster.platform.MusterException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.ArrayList;
import java.util.Map;

/**
 * The actions of the question page. Each answers with a redirect to the thread; htmx posts them
 * and swaps in the changed part of the page it is redirected to, so they work with and without
 * JavaScript through the same code.
 */
@Controller
class PostPages {

    private final QuestionService questions;
    private final AnswerService answers;
    private final PostService posts;
    private final Markdown markdown;
    private final PostGuard guard;
    private final Drafts drafts;
    private final ThreadPage threadPage;

    PostPages(QuestionService questions, AnswerService answers, PostService posts, Markdown markdown, PostGuard guard,
              Drafts drafts, ThreadPage threadPage) {
        this.threadPage = threadPage;
        this.drafts = drafts;
        this.questions = questions;
        this.answers = answers;
        this.posts = posts;
        this.markdown = markdown;
        this.guard = guard;
    }

    @PostMapping("/questions/{id}/answers")
    String answer(@PathVariable long id, Actor actor, @ModelAttribute("answerForm") PostAnswer form,
                  BindingResult errors, @RequestParam(required = false) String mask, Model model) {
        if (mask != null) {
            model.addAttribute("answerForm", new PostAnswer(guard.mask(form.body() == null ? "" : form.body())));
            model.addAttribute("masked", true);
            threadPage.show(model, actor, questions.thread(actor, id));
            return "qa/question";
        }
        try {
            var answer = answers.answer(actor, id, form);
            return "redirect:/questions/" + id + "#post-" + answer.id();
        } catch (MusterException refused) {
            if (refused.field() == null && refused.status().value() != 413) throw refused;
            FormErrors.reject(errors, refused);
            threadPage.show(model, actor, questions.thread(actor, id));
            return "qa/question";
        }
    }

    @PostMapping("/posts/{id}/vote")
    String vote(@PathVariable long id, @RequestParam int value, Actor actor) {
        posts.vote(actor, id, value);
        return backTo(actor, id);
    }

    @PostMapping("/posts/{id}/helped")
    String helped(@PathVariable long id, Actor actor) {
        posts.markHelped(actor, id);
        return backTo(actor, id);
    }

    @PostMapping("/posts/{id}/comments")
    String comment(@PathVariable long id, @RequestParam String body, Actor actor) {
        posts.comment(actor, id, new AddComment(body));
        return backTo(actor, id);
    }

    @PostMapping("/comments/{id}/delete")
    String deleteComment(@PathVariable long id, @RequestParam long postId, Actor actor) {
        posts.deleteComment(actor, id);
        return backTo(actor, postId);
    }

    @PostMapping("/questions/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long answerId, Actor actor) {
        answers.accept(actor, id, answerId);
        return "redirect:/questions/" + id + "#post-" + answerId;
    }

    @PostMapping("/questions/{id}/unaccept")
    String unaccept(@PathVariable long id, Actor actor) {
        answers.unaccept(actor, id);
        return "redirect:/questions/" + id;
    }

    @PostMapping("/answers/{id}/validate")
    String validate(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on, Actor actor) {
        answers.validate(actor, id, on);
        return backTo(actor, id);
    }

    @PostMapping("/questions/{id}/close")
    String close(@PathVariable long id, @RequestParam String reason, @RequestParam(required = false) Long duplicateOf,
                 Actor actor) {
        questions.close(actor, id, new CloseQuestion(reason, duplicateOf));
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/canonical")
    String makeCanonical(@PathVariable long id, Actor actor) {
        questions.makeCanonical(actor, id);
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/reopen")
    String reopen(@PathVariable long id, Actor actor) {
        questions.reopen(actor, id);
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/lock")
    String lock(@PathVariable long id, @RequestParam boolean on, Actor actor) {
        questions.lock(actor, id, on);
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/pin")
    String pin(@PathVariable long id, @RequestParam boolean on, Actor actor) {
        questions.pin(actor, id, on);
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/watch")
    String watch(@PathVariable long id, @RequestParam boolean on, Actor actor) {
        questions.watch(actor, id, on);
        return "redirect:/questions/" + id;
    }

    @PostMapping("/posts/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on, Actor actor) {
        long questionId = posts.questionOf(actor, id);
        posts.delete(actor, id, on);
        return questionId == id && on ? "redirect:/" : "redirect:/questions/" + questionId;
    }

    @GetMapping("/posts/{id}/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        long questionId = posts.questionOf(actor, id);
        var thread = questions.thread(actor, questionId);
        model.addAttribute("thread", thread);
        model.addAttribute("postId", id);
        var draft = drafts.find(actor, DraftPlace.editing(id));
        var form = formOf(thread, id);
        model.addAttribute("form", draft.map(d -> new EditPost(form.title() == null ? null : d.title(), d.body(), form.tags(),
                form.fields(), "")).orElse(form));
        model.addAttribute("tagText", draft.map(SavedDraft::tags).orElseGet(() -> String.join(", ", thread.question().tags())));
        model.addAttribute("draft", draft.orElse(null));
        return "qa/edit";
    }

    @PostMapping("/posts/{id}/edit")
    String edit(@PathVariable long id, Actor actor, @ModelAttribute("form") EditPost form, BindingResult errors,
                @RequestParam(name = "tagText", required = false) String tagText,
                @RequestParam Map<String, String> params, Model model) {
        FormErrors.requireBuilt(form, errors);
        long questionId = posts.questionOf(actor, id);
        var isQuestion = questionId == id;
        var edit = new EditPost(isQuestion ? form.title() : null, form.body(),
                isQuestion ? QuestionPages.splitTags(tagText) : null,
                isQuestion ? QuestionPages.fieldsOf(params) : null, form.comment());
        try {
            posts.edit(actor, id, edit);
            return "redirect:/questions/" + questionId + "#post-" + id;
        } catch (MusterException refused) {
            if (refused.field() == null && refused.status().value() != 413) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("thread", questions.thread(actor, questionId));
            model.addAttribute("postId", id);
            model.addAttribute("tagText", tagText);
            return "qa/edit";
        }
    }

    @GetMapping("/posts/{id}/revisions")
    String revisions(@PathVariable long id, Actor actor, Model model) {
        var list = posts.revisions(actor, id);
        var shown = new ArrayList<Map<String, Object>>();
        for (int i = list.size() - 1; i >= 0; i--) {
            var now = list.get(i);
            var before = i > 0 ? list.get(i - 1) : null;
            shown.add(Map.of("revision", now,
                    "title", RevisionDiff.lines(before == null ? "" : nullToEmpty(before.title()), nullToEmpty(now.title())),
                    "body", RevisionDiff.lines(before == null ? "" : before.body(), now.body())));
        }
        model.addAttribute("revisions", shown);
        model.addAttribute("questionId", posts.questionOf(actor, id));
        model.addAttribute("postId", id);
        return "qa/revisions";
    }

    /** The rendered body, and above it the secrets and personal data found, highlighted, with a button to mask them. */
    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "") String body, Actor actor, Model model) {
        actor.requireMember();
        var findings = guard.findings(body);
        model.addAttribute("html", markdown.toHtml(body));
        model.addAttribute("findings", findings);
        model.addAttribute("kinds", findings.stream().map(Finding::label).distinct().toList());
        model.addAttribute("marked", FindingMarks.html(body, findings));
        return "qa/preview :: preview";
    }

    private String backTo(Actor actor, long postId) {
        return "redirect:/questions/" + posts.questionOf(actor, postId) + "#post-" + postId;
    }

    private static EditPost formOf(QuestionThread thread, long postId) {
        var q = thread.question();
        if (q.id() == postId) return new EditPost(q.title(), q.body(), q.tags(), q.fields(), "");
        var answer = thread.answers().stream().filter(a -> a.id() == postId).findFirst().orElseThrow();
        return new EditPost(null, answer.body(), null, null, "");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
