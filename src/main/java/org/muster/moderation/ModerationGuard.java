package org.muster.moderation;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.Limits;
import org.muster.platform.PageFormats;
import org.muster.platform.RateLimiter;
import org.muster.qa.Admission;
import org.muster.qa.Draft;
import org.muster.qa.Finding;
import org.muster.qa.PostGuard;
import org.muster.qa.PostModeration;
import org.muster.qa.StoredPost;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every post passes here before Q&A stores it: sanctions, limits, redaction, spam. */
@Component
class ModerationGuard implements PostGuard {

    static final int CHAT_LINES_PER_POST = 10;

    private final Redactor redactor;
    private final SpamChecks spam;
    private final Settings settings;
    private final SettingsRepository counts;
    private final Members members;
    private final PostModeration posts;
    private final RateLimiter limiter;
    private final ReviewRepository reviews;
    private final AuditLog audit;
    private final PageFormats formats;
    private final Limits limits;

    ModerationGuard(Redactor redactor, SpamChecks spam, Settings settings, SettingsRepository counts, Members members,
                    PostModeration posts, RateLimiter limiter, ReviewRepository reviews, AuditLog audit,
                    PageFormats formats, Limits limits) {
        this.redactor = redactor;
        this.spam = spam;
        this.settings = settings;
        this.counts = counts;
        this.members = members;
        this.posts = posts;
        this.limiter = limiter;
        this.reviews = reviews;
        this.audit = audit;
        this.formats = formats;
        this.limits = limits;
    }

    @Override
    public List<Finding> findings(String text) {
        return redactor.find(text);
    }

    @Override
    public String mask(String text) {
        return redactor.mask(text);
    }

    @Override
    public Admission admit(Actor actor, Draft draft) {
        long memberId = actor.requireMember();
        var author = members.standing(memberId).orElseThrow();
        if (author.silencedAt(Instant.now()))
            throw new Forbidden("moderation.silenced", formats.dateTime(author.silencedUntil()));
        var rules = settings.current();
        int trust = author.effectiveTrust();
        var text = allText(draft);
        int livePosts = trust == 0 ? posts.livePostCount(memberId) : -1;
        if (trust == 0 && (SpamChecks.links(text) > 0 || SpamChecks.hasImage(text)) && livePosts < rules.newMemberPosts())
            throw new Invalid("body", "moderation.new-member-links", rules.newMemberPosts());
        var found = new TreeMap<String, Integer>();
        var title = masked(draft.title(), found);
        var body = masked(draft.body(), found);
        var fields = new LinkedHashMap<String, String>();
        draft.fields().forEach((name, value) -> fields.put(name, masked(value, found)));
        found.forEach((kind, n) -> counts.countRedactions(kind, "posting", n));
        // Last of the checks, so a post refused for its content does not use up the member's allowance.
        if (!draft.isEdit()) limit(memberId, rules, trust, draft.isChat());
        if (draft.isEdit() || trust >= 3) return new Admission(title, body, fields, false, 0, List.of());
        var verdict = spam.check(author, String.join("\n", title == null ? "" : title, body, String.join("\n", fields.values())));
        boolean held = verdict.score() * 100 >= rules.spamHoldPercent()
                || (trust == 0 && verdict.score() * 100 >= rules.firstPostHoldPercent() && livePosts == 0);
        return new Admission(title, body, fields, held, verdict.score(), verdict.signals());
    }

    @Override
    public void stored(Actor actor, Draft draft, Admission admission, StoredPost post) {
        if (draft.isEdit()) return;
        spam.remember(admission.body(), actor.memberId());
        if (!admission.held()) return;
        long reviewId = reviews.open(post.postId(), post.commentId(), draft.spaceId(), actor.memberId(), "spam", admission.spamScore(),
                admission.signals(), draft.tags());
        audit.record(null, "hold", post.commentId() == null ? "post" : "comment",
                post.commentId() == null ? post.postId() : post.commentId(), String.join(", ", admission.signals()),
                null, Map.of("review", reviewId, "score", Math.round(admission.spamScore() * 100)));
    }

    /**
     * A chat line is no post: it has an allowance of its own, {@link #CHAT_LINES_PER_POST} times the posts',
     * so that a newcomer saying hello in a help room keeps his few posts a day for asking.
     */
    private void limit(long memberId, ModerationSettings rules, int trust, boolean chat) {
        if (chat) limiter.acquire("messages:" + memberId,
                (int) Math.min(Integer.MAX_VALUE, (long) rules.postsPerDay(trust) * CHAT_LINES_PER_POST), Duration.ofDays(1));
        else limiter.acquire("posts:" + memberId, rules.postsPerDay(trust), Duration.ofDays(1));
        var address = clientAddress();
        if (address != null && trust < 4) limiter.acquire("posts-from:" + address, limits.postsPerAddressPerHour(), Duration.ofHours(1));
    }

    private String masked(String text, Map<String, Integer> found) {
        if (text == null) return null;
        var findings = redactor.find(text);
        if (findings.isEmpty()) return text;
        findings.forEach(f -> found.merge(f.kind(), 1, Integer::sum));
        return redactor.mask(text);
    }

    private static String allText(Draft draft) {
        return String.join("\n", draft.title() == null ? "" : draft.title(), draft.body(),
                String.join("\n", draft.fields().values()));
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
