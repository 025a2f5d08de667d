package org.muster.moderation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.muster.accounts.Standing;
import org.muster.platform.Actor;
import org.muster.qa.Finding;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Moderation")
class ModerationApi {

    record FlagInput(String reason, String note) {
    }

    record Resolution(String action, String sanction, Integer days, String reason) {
    }

    record RedactInput(String text, String reason) {
    }

    record SanctionInput(String kind, Integer days, String reason) {
    }

    record TrustInput(Integer level, Boolean locked, String reason) {
    }

    record TextInput(String text) {
    }

    record Redacted(int versions) {
    }

    private final FlagService flags;
    private final ReviewQueue queue;
    private final Redactions redactions;
    private final Redactor redactor;
    private final Sanctions sanctions;
    private final AuditLog audit;
    private final Settings settings;

    ModerationApi(FlagService flags, ReviewQueue queue, Redactions redactions, Redactor redactor, Sanctions sanctions,
                  AuditLog audit, Settings settings) {
        this.flags = flags;
        this.queue = queue;
        this.redactions = redactions;
        this.redactor = redactor;
        this.sanctions = sanctions;
        this.audit = audit;
        this.settings = settings;
    }

    @PostMapping("/api/v1/posts/{id}/flags")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Flag a post: {reason: spam|offensive|off-topic|wrong|private-data|needs-staff, note}; 409 on one's own post or a repeated flag")
    Flag flag(@PathVariable long id, @RequestBody FlagInput input, Actor actor) {
        return flags.flag(actor, id, input.reason(), input.note());
    }

    @GetMapping("/api/v1/moderation/queue")
    @Operation(summary = "Open review items in the spaces the reviewer may read (moderators: all of them; champions: "
            + "their tags) with post, author history there and flags")
    List<QueueItem> queue(Actor actor) {
        return queue.open(actor);
    }

    @PostMapping("/api/v1/moderation/reviews/{id}")
    @Operation(summary = "Resolve a review item: {action: approve|hide|delete|lock|close, sanction: none|warn|silence|suspend, "
            + "days, reason}; an item of a space the reviewer may not read answers 404")
    Review resolve(@PathVariable long id, @RequestBody Resolution input, Actor actor) {
        return queue.resolve(actor, id, input.action(), input.sanction(), input.days(), input.reason());
    }

    record Resolutions(List<Long> ids, String action, String reason) {
    }

    record Resolved(int resolved) {
    }

    @PostMapping("/api/v1/moderation/reviews")
    @Operation(summary = "Resolve several review items with one action {ids, action: approve|hide|delete|lock|close, reason}; "
            + "all or nothing: 409 on field ids when any of them was already resolved, 404 when one is in a space the reviewer may not read")
    Resolved resolveAll(@RequestBody Resolutions input, Actor actor) {
        return new Resolved(queue.resolveAll(actor, input.ids(), input.action(), input.reason()));
    }

    @PostMapping("/api/v1/moderation/posts/{id}/redact")
    @Operation(summary = "Moderators: remove a piece of text from a post and from all its revisions")
    Redacted redact(@PathVariable long id, @RequestBody RedactInput input, Actor actor) {
        return new Redacted(redactions.redact(actor, id, input.text(), input.reason()));
    }

    @PostMapping("/api/v1/redaction/check")
    @Operation(summary = "Secrets and personal data found in a text, with the text masked (members; counts nothing)")
    Map<String, Object> check(@RequestBody TextInput input, Actor actor) {
        actor.requireMember();
        var text = input.text() == null ? "" : input.text();
        if (text.length() > 65_536) throw new org.muster.platform.PayloadTooLarge("post.body.too-large");
        List<Finding> findings = redactor.find(text);
        return Map.of("findings", findings, "masked", redactor.mask(text));
    }

    @GetMapping("/api/v1/moderation/members/{id}")
    @Operation(summary = "A member's trust level and running sanctions (moderators)")
    Map<String, Object> member(@PathVariable long id, Actor actor) {
        return Map.of("standing", sanctions.standing(actor, id), "sanctions", sanctions.history(actor, id));
    }

    @PostMapping("/api/v1/moderation/members/{id}/sanctions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Warn, silence (no posting) or suspend (no sign-in) a member: {kind, days, reason}")
    Sanctions.Sanction sanction(@PathVariable long id, @RequestBody SanctionInput input, Actor actor) {
        return sanctions.impose(actor, id, input.kind(), input.days(), input.reason());
    }

    @DeleteMapping("/api/v1/moderation/members/{id}/sanctions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a member's silence and suspension now")
    void lift(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor) {
        sanctions.lift(actor, id, reason);
    }

    @PutMapping("/api/v1/moderation/members/{id}/trust")
    @Operation(summary = "Set a member's trust level (0-4) and lock it against automatic changes: {level, locked, reason}")
    Standing trust(@PathVariable long id, @RequestBody TrustInput input, Actor actor) {
        if (input.level() == null) throw new org.muster.platform.Invalid("level", "moderation.trust.level");
        return sanctions.setTrust(actor, id, input.level(), Boolean.TRUE.equals(input.locked()), input.reason());
    }

    @GetMapping("/api/v1/moderation/audit")
    @Operation(summary = "The audit log, newest first, 50 per page (admins); filter by action and target id")
    List<AuditLog.Entry> audit(@RequestParam(required = false) String action, @RequestParam(required = false) Long target,
                               @RequestParam(defaultValue = "0") int page, Actor actor) {
        return audit.list(actor, action, target, page);
    }

    @GetMapping(value = "/api/v1/moderation/audit.csv", produces = "text/csv")
    @Operation(summary = "The whole audit log as CSV (admins)")
    void export(Actor actor, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=utf-8");
        audit.export(actor, response.getWriter());
    }

    @GetMapping("/api/v1/moderation/settings")
    @Operation(summary = "Moderation thresholds: trust levels, posting limits, spam and flag thresholds")
    ModerationSettings settings(Actor actor) {
        actor.require(org.muster.platform.Role.MODERATOR);
        return settings.current();
    }

    @PutMapping("/api/v1/moderation/settings")
    @Operation(summary = "Change some thresholds (admins): {name: number}")
    ModerationSettings change(@RequestBody Map<String, Integer> values, Actor actor) {
        return settings.change(actor, values);
    }

    @GetMapping("/api/v1/moderation/spam-phrases")
    @Operation(summary = "The spam phrases admins maintain")
    List<String> phrases(Actor actor) {
        return settings.spamPhrases(actor);
    }

    @PostMapping("/api/v1/moderation/spam-phrases")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a spam phrase (admins): {text}")
    void addPhrase(@RequestBody TextInput input, Actor actor) {
        settings.addSpamPhrase(actor, input.text());
    }

    @DeleteMapping("/api/v1/moderation/spam-phrases")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a spam phrase (admins)")
    void removePhrase(@RequestParam String phrase, Actor actor) {
        settings.removeSpamPhrase(actor, phrase);
    }

    @PutMapping("/api/v1/moderation/champions/{id}/tags")
    @Operation(summary = "The tags a champion reviews flags for and, in a term, is a verified expert in (admins): [tag, ...]")
    List<String> championTags(@PathVariable long id, @RequestBody List<String> tags, Actor actor) {
        return settings.setChampionTags(actor, id, tags);
    }

    @GetMapping("/api/v1/moderation/redactions")
    @Operation(summary = "How many secrets and personal data were masked, per kind, over the last days (counts only)")
    Map<String, Integer> redactions(@RequestParam(defaultValue = "30") int days, Actor actor) {
        return settings.redactionCounts(actor, days);
    }

    @GetMapping("/api/v1/guidelines")
    @Operation(summary = "The community guidelines, as Markdown")
    Map<String, String> guidelines() {
        return Map.of("markdown", settings.guidelines());
    }
}
