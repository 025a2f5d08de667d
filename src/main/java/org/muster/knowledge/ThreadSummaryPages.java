package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.muster.qa.QuestionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Editing a thread's summary, for staff and champions of the question's tags. */
@Controller
class ThreadSummaryPages {

    private final ThreadSummaryService summaries;
    private final QuestionService questions;

    ThreadSummaryPages(ThreadSummaryService summaries, QuestionService questions) {
        this.summaries = summaries;
        this.questions = questions;
    }

    record SummaryForm(String body) {
    }

    @GetMapping("/questions/{id}/summary/edit")
    String editForm(@PathVariable long id, Actor actor, Model model) {
        var summary = summaries.toEdit(actor, id);
        model.addAttribute("question", questions.get(actor, id));
        model.addAttribute("summary", summary);
        model.addAttribute("form", new SummaryForm(summary.body()));
        return "knowledge/summary-edit";
    }

    @PostMapping("/questions/{id}/summary")
    String edit(@PathVariable long id, Actor actor, @ModelAttribute("form") SummaryForm form, BindingResult errors,
                Model model) {
        FormErrors.requireBuilt(form, errors);
        try {
            summaries.edit(actor, id, form.body());
            return "redirect:/questions/" + id + "#summary";
        } catch (MusterException refused) {
            if (refused.field() == null && refused.status().value() != 413) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("question", questions.get(actor, id));
            model.addAttribute("summary", summaries.toEdit(actor, id));
            return "knowledge/summary-edit";
        }
    }
}
