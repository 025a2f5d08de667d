package org.muster.moderation;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.muster.qa.PostModeration;
import org.muster.qa.PostService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/** Moderators take a piece of text out of a post and out of every one of its revisions. */
@Service
public class Redactions {

    static final String MASK = "[redacted by a moderator]";

    private final PostModeration posts;
    private final PostService postService;
    private final SettingsRepository counts;
    private final AuditLog audit;

    Redactions(PostModeration posts, PostService postService, SettingsRepository counts, AuditLog audit) {
        this.posts = posts;
        this.postService = postService;
        this.counts = counts;
        this.audit = audit;
    }

    /** Returns how many versions of the post changed. The audit entry keeps the length, never the text. */
    @Transactional
    public int redact(Actor actor, long postId, String text, String reason) {
        actor.require(Role.MODERATOR);
        if (text == null || text.isBlank() || text.length() > 10_000) throw new Invalid("text", "moderation.redact.text");
        postService.questionOf(actor, postId);
        int versions = posts.redact(postId, text, MASK, actor.memberId());
        if (versions == 0) throw new Invalid("text", "moderation.redact.not-found");
        counts.countRedactions("manual", "moderator", 1);
        audit.record(actor.memberId(), "redact", "post", postId, reason == null ? "" : reason.strip(), null,
                Map.of("characters", text.length(), "versions", versions));
        return versions;
    }
}
