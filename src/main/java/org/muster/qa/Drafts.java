package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.PayloadTooLarge;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Drafts saved as a member types, one per place, read only by their author (anyone else finds none),
 * and only for places the author may see. Not shared with other modules and not counted: the post,
 * once published, is (publishing deletes the draft in the same transaction).
 */
@Service
class Drafts {

    private static final int MAX_TITLE = 150;
    private static final int MAX_TAGS = 300;
    private static final int MAX_COMMENT = 600;

    private final DraftRepository drafts;
    private final QuestionService questions;
    private final PostService posts;
    private final SpaceService spaces;

    Drafts(DraftRepository drafts, QuestionService questions, PostService posts, SpaceService spaces) {
        this.drafts = drafts;
        this.questions = questions;
        this.posts = posts;
        this.spaces = spaces;
    }

    /** The member's draft for the place; none for visitors. */
    @Transactional(readOnly = true)
    Optional<SavedDraft> find(Actor actor, DraftPlace place) {
        if (actor.isVisitor()) return Optional.empty();
        return drafts.find(actor.memberId(), place);
    }

    /** Saves what the member typed; an empty form deletes the draft (and returns none). */
    @Transactional
    Optional<SavedDraft> save(Actor actor, DraftPlace place, String title, String body, String tags) {
        long memberId = actor.requireMember();
        var text = body == null ? "" : body;
        var heading = place.kind().equals("question") || place.kind().equals("edit") ? emptyToNull(title) : null;
        var tagText = place.kind().equals("question") || place.kind().equals("edit") ? emptyToNull(tags) : null;
        if (text.getBytes(StandardCharsets.UTF_8).length > Bodies.MAX_BYTES) throw new PayloadTooLarge("post.body.too-large");
        if (place.kind().equals("comment") && InputText.visibleLength(text) > MAX_COMMENT)
            throw new Invalid("body", "comment.body.length");
        if (heading != null && InputText.visibleLength(heading) > MAX_TITLE) throw new Invalid("title", "question.title.length");
        if (tagText != null && InputText.visibleLength(tagText) > MAX_TAGS) throw new Invalid("tags", "draft.tags.too-long");
        requireWritable(actor, place);
        if (InputText.isBlank(text) && heading == null && tagText == null) {
            drafts.delete(memberId, place);
            return Optional.empty();
        }
        return Optional.of(drafts.save(memberId, place, heading, text, tagText));
    }

    @Transactional
    void discard(Actor actor, DraftPlace place) {
        drafts.delete(actor.requireMember(), place);
    }

    /** Outsiders of the place get 404, as they would for the place itself. */
    private void requireWritable(Actor actor, DraftPlace place) {
        switch (place.kind()) {
            case "question" -> {
                if (!place.key().equals(DraftPlace.ANY_SPACE)) spaces.view(actor, place.key());
            }
            case "answer" -> questions.get(actor, place.id());
            default -> posts.questionOf(actor, place.id());
        }
    }

    /** Where the form of a place is, to go back to once its draft is discarded. */
    @Transactional(readOnly = true)
    String formPath(Actor actor, DraftPlace place) {
        return switch (place.kind()) {
            case "question" -> place.key().equals(DraftPlace.ANY_SPACE) ? "/ask" : "/spaces/" + place.key() + "/ask";
            case "answer" -> "/questions/" + place.id() + "#answer-form";
            case "comment" -> "/questions/" + posts.questionOf(actor, place.id()) + "#post-" + place.id();
            default -> "/posts/" + place.id() + "/edit";
        };
    }

    private static String emptyToNull(String text) {
        return text == null || InputText.isBlank(text) ? null : text.strip();
    }
}
