package org.muster.moderation;

import jakarta.servlet.http.HttpServletResponse;
import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.muster.qa.PostService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Flag form, review queue, redaction, member sanctions, the audit log, settings and the guidelines. */
@Controller
class ModerationPages {

    record FlagForm(String reason, String note) {
    }

    record RedactForm(String text, String reason) {
    }

    record BulkForm(java.util.List<Long> ids, String action, String reason) {
    }

    private final FlagService flags;
    private final ReviewQueue queue;
    private final Redactions redactions;
    private final Sanctions sanctions;
    private final AuditLog audit;
    private final Settings settings;
    private final PostService posts;
    private final org.muster.accounts.Members members;

    ModerationPages(FlagService flags, ReviewQueue queue, Redactions redactions, Sanctions sanctions, AuditLog audit,
                    Settings settings, PostService posts, org.muster.accounts.Members members) {
        this.members = members;
        this.flags = flags;
        this.queue = queue;
        this.redactions = redactions;
        this.sanctions = sanctions;
        this.audit = audit;
        this.settings = settings;
        this.posts = posts;
    }

    @GetMapping("/posts/{id}/flag")
    String flagForm(@PathVariable long id, Actor actor, Model model) {
        actor.requireMember();
        model.addAttribute("questionId", posts.questionOf(actor, id));
        model.addAttribute("postId", id);
        model.addAttribute("form", new FlagForm("", ""));
        model.addAttribute("reasons", FlagService.REASONS.stream().sorted().toList());
        return "moderation/flag";
    }

    @PostMapping("/posts/{id}/flag")
    String flag(@PathVariable long id, Actor actor, @ModelAttribute("form") FlagForm form, BindingResult errors,
                Model model) {
        FormErrors.requireBuilt(form, errors);
        long questionId = posts.questionOf(actor, id);
        try {
            flags.flag(actor, id, form.reason(), form.note());
            return "redirect:/questions/" + questionId + "?flagged#post-" + id;
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("questionId", questionId);
            model.addAttribute("postId", id);
            model.addAttribute("reasons", FlagService.REASONS.stream().sorted().toList());
            return "moderation/flag";
        }
    }

    @GetMapping("/moderation")
    String queue(Actor actor, Model model) {
        if (!model.containsAttribute("bulkForm")) model.addAttribute("bulkForm", new BulkForm(java.util.List.of(), "", ""));
        model.addAttribute("items", queue.open(actor));
        model.addAttribute("actions", queue.actionsFor(actor));
        return "moderation/queue";
    }

    @PostMapping("/moderation/reviews")
    String resolveAll(Actor actor, @ModelAttribute("bulkForm") BulkForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        try {
            int resolved = queue.resolveAll(actor, form.ids(), form.action(), form.reason());
            Done.tell(redirect, "queue.done." + form.action(), resolved);
            return "redirect:/moderation";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return queue(actor, model);
        }
    }

    @PostMapping("/moderation/reviews/{id}")
    String resolve(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String sanction,
                   @RequestParam(required = false) Integer days, @RequestParam(required = false) String reason,
                   Actor actor) {
        queue.resolve(actor, id, action, sanction, days, reason);
        return "redirect:/moderation";
    }

    @GetMapping("/moderation/posts/{id}/redact")
    String redactForm(@PathVariable long id, Actor actor, Model model) {
        actor.require(org.muster.platform.Role.MODERATOR);
        model.addAttribute("questionId", posts.questionOf(actor, id));
        model.addAttribute("postId", id);
        model.addAttribute("form", new RedactForm("", ""));
        return "moderation/redact";
    }

    @PostMapping("/moderation/posts/{id}/redact")
    String redact(@PathVariable long id, Actor actor, @ModelAttribute("form") RedactForm form, BindingResult errors,
                  Model model) {
        FormErrors.requireBuilt(form, errors);
        long questionId = posts.questionOf(actor, id);
        try {
            redactions.redact(actor, id, form.text(), form.reason());
            return "redirect:/questions/" + questionId + "#post-" + id;
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("questionId", questionId);
            model.addAttribute("postId", id);
            return "moderation/redact";
        }
    }

    @GetMapping("/moderation/members/{id}")
    String member(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("standing", sanctions.standing(actor, id));
        // After standing(), which refused anyone who may not see the member's standing.
        model.addAttribute("lastSeen", members.lastSeen(id).orElse(null));
        model.addAttribute("sanctions", sanctions.history(actor, id));
        model.addAttribute("reviewTags", settings.championTags(actor, id));
        return "moderation/member";
    }

    @PostMapping("/moderation/members/{id}/review-tags")
    String reviewTags(@PathVariable long id, @RequestParam(defaultValue = "") String tags, Actor actor) {
        settings.setChampionTags(actor, id, java.util.List.of(tags.split("[,\\s]+")));
        return "redirect:/moderation/members/" + id;
    }

    @PostMapping("/moderation/members/{id}/sanctions")
    String sanction(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) Integer days,
                    @RequestParam String reason, Actor actor) {
        sanctions.impose(actor, id, kind, days, reason);
        return "redirect:/moderation/members/" + id;
    }

    @PostMapping("/moderation/members/{id}/lift")
    String lift(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor) {
        sanctions.lift(actor, id, reason);
        return "redirect:/moderation/members/" + id;
    }

    @PostMapping("/moderation/members/{id}/trust")
    String trust(@PathVariable long id, @RequestParam int level, @RequestParam(defaultValue = "false") boolean locked,
                 @RequestParam(required = false) String reason, Actor actor) {
        sanctions.setTrust(actor, id, level, locked, reason);
        return "redirect:/moderation/members/" + id;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String action, @RequestParam(required = false) Long target,
                 @RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
        var entries = audit.list(actor, action, target, page);
        model.addAttribute("entries", entries);
        model.addAttribute("names", audit.actorNames(entries));
        model.addAttribute("action", action);
        model.addAttribute("target", target);
        model.addAttribute("page", page);
        model.addAttribute("more", entries.size() == AuditLog.PAGE_SIZE);
        return "moderation/audit";
    }

    @GetMapping("/admin/audit.csv")
    void export(Actor actor, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"muster-audit-log.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        audit.export(actor, response.getWriter());
    }

    @GetMapping("/admin/moderation")
    String settingsPage(Actor actor, Model model) {
        if (!model.containsAttribute("settingsForm")) {
            var typed = new java.util.LinkedHashMap<String, String>();
            settings.current().values().forEach((name, value) -> typed.put(name, String.valueOf(value)));
            model.addAttribute("settingsForm", typed);
            // A map's fields are read through its binding result, which the form needs even without errors.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "settingsForm",
                    new org.springframework.validation.MapBindingResult(typed, "settingsForm"));
        }
        model.addAttribute("phrases", settings.spamPhrases(actor));
        model.addAttribute("settings", settings.current());
        model.addAttribute("groups", ModerationSettings.GROUPS);
        model.addAttribute("defaults", ModerationSettings.DEFAULTS);
        model.addAttribute("redactions", settings.redactionCounts(actor, 30));
        return "moderation/settings";
    }

    /** Every value that is not a number is named at once, beside its field; the service then checks the ranges. */
    @PostMapping("/admin/moderation/settings")
    String changeSettings(@RequestParam Map<String, String> params, Actor actor, Model model, RedirectAttributes redirect) {
        var typed = new java.util.LinkedHashMap<String, String>();
        var errors = new org.springframework.validation.MapBindingResult(typed, "settingsForm");
        var values = new java.util.LinkedHashMap<String, Integer>();
        for (var name : ModerationSettings.DEFAULTS.keySet()) {
            if (!params.containsKey(name)) continue;
            typed.put(name, params.get(name));
            try {
                values.put(name, Math.toIntExact(FormNumbers.parse(name, params.get(name))));
            } catch (MusterException | ArithmeticException notANumber) {
                rejectSetting(errors, name);
            }
        }
        if (!errors.hasErrors()) {
            try {
                settings.change(actor, values);
                Done.tell(redirect, "modsettings.saved");
                return "redirect:/admin/moderation";
            } catch (MusterException refused) {
                if (refused.field() == null || !ModerationSettings.DEFAULTS.containsKey(refused.field())) throw refused;
                rejectSetting(errors, refused.field());
            }
        }
        model.addAttribute("settingsForm", typed);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "settingsForm", errors);
        return settingsPage(actor, model);
    }

    private static void rejectSetting(BindingResult errors, String name) {
        errors.rejectValue(name, "moderation.settings.range",
                new Object[]{new org.springframework.context.support.DefaultMessageSourceResolvable("modsettings." + name)}, null);
    }

    @PostMapping("/admin/moderation/phrases")
    String addPhrase(@RequestParam String phrase, Actor actor) {
        settings.addSpamPhrase(actor, phrase);
        return "redirect:/admin/moderation";
    }

    @PostMapping("/admin/moderation/phrases/delete")
    String removePhrase(@RequestParam String phrase, Actor actor) {
        settings.removeSpamPhrase(actor, phrase);
        return "redirect:/admin/moderation";
    }

    @GetMapping("/guidelines")
    String guidelines(Model model) {
        model.addAttribute("html", settings.guidelinesHtml());
        return "moderation/guidelines";
    }

    @GetMapping("/admin/guidelines")
    String guidelinesForm(Actor actor, Model model) {
        actor.require(org.muster.platform.Role.ADMIN);
        model.addAttribute("text", settings.guidelines());
        return "moderation/guidelines-edit";
    }

    @PostMapping("/admin/guidelines")
    String editGuidelines(@RequestParam String text, Actor actor) {
        settings.editGuidelines(actor, text);
        return "redirect:/guidelines";
    }
}
