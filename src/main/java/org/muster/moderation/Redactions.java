package org.muster.moderation;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.qa.ModerationActions;
import org.muster.qa.PostModeration;
import org.muster.qa.PostService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Redaction for other modules: free text from visitors and members outside posts is masked as posts
 * are, and moderators take a piece of text out of a post and out of every one of its revisions.
 */
@Service
@NamedInterface("api")
public class Redactions {

    /** Where free text outside posts comes from; counted apart from posting. */
    public enum Source {
        /** Match request notes, match messages and ratings' comments. */
        MATCHING,
        /** Proof of a task mission, staff's review notes and members' disputes. */
        MISSIONS,
        /** Support ticket notes. */
        TICKET
    }

    static final String MASK = "[redacted by a moderator]";

    private final PostModeration posts;
    private final ModerationActions actions;
    private final PostService postService;
    private final SettingsRepository counts;
    private final AuditLog audit;
    private final Redactor redactor;

    Redactions(PostModeration posts, PostService postService, SettingsRepository counts, AuditLog audit, Redactor redactor, ModerationActions actions) {
        this.actions = actions;
        this.posts = posts;
        this.postService = postService;
        this.counts = counts;
        this.audit = audit;
        this.redactor = redactor;
    }

    /**
     * The text with every secret and piece of personal data masked as in posts ({@code [redacted phone number]}),
     * to call before it is stored, shown or mailed; null stays null. Counts each kind found, never the text.
     */
    @Transactional
    public String mask(String text, Source source) {
        var findings = redactor.find(text);
        if (findings.isEmpty()) return text;
        var kinds = new TreeMap<String, Integer>();
        findings.forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        kinds.forEach((kind, n) -> counts.countRedactions(kind, source.name().toLowerCase(Locale.ROOT), n));
        return redactor.mask(text);
    }

    /** Returns how many versions of the post changed. The audit entry keeps the length, never the text. */
    @Transactional
    public int redact(Actor actor, long postId, String text, String reason) {
        actor.require(Role.MODERATOR);
        if (text == null || text.isBlank() || text.length() > 10_000) throw new Invalid("text", "moderation.redact.text");
        postService.questionOf(actor, postId);
        int versions = actions.redact(postId, text, MASK, actor.memberId());
        if (versions == 0) throw new Invalid("text", "moderation.redact.not-found");
        counts.countRedactions("manual", "moderator", 1);
        audit.record(actor.memberId(), "redact", "post", postId, reason == null ? "" : reason.strip(), null,
                Map.of("characters", text.length(), "versions", versions));
        return versions;
    }
}
