package org.muster.routing;

import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.muster.qa.PostVisibility;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.QuestionService;
import org.muster.routing.QuestionClimbed.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the ladder did to a question, for its page, and the questions waiting in the staff queue. */
@Service
class LadderTimeline {

    /** A step reached, and how long after asking. */
    record Entry(Step step, Instant reachedAt, long hoursAfterAsking) {
    }

    /**
     * The question's steps as its reader may see them: staff and moderators every step with its
     * time, the asker a friendly line per step, anyone else nothing.
     */
    record Timeline(long questionId, boolean full, List<Entry> entries) {
    }

    /** A question in the staff queue and how long it has waited since it was asked. */
    record Waiting(long questionId, String title, String slug, Instant askedAt, Instant queuedAt, long hoursWaited) {
    }

    static final int WAITING_SHOWN = 100;
    private static final int PAGE = 500;

    private final LadderRepository ladders;
    private final QuestionService questions;
    private final QuestionDocuments documents;
    private final PostVisibility visibility;

    LadderTimeline(LadderRepository ladders, QuestionService questions, QuestionDocuments documents, PostVisibility visibility) {
        this.ladders = ladders;
        this.questions = questions;
        this.documents = documents;
        this.visibility = visibility;
    }

    @Transactional(readOnly = true)
    public Timeline timeline(Actor actor, long questionId) {
        var question = questions.get(actor, questionId);
        boolean full = actor.has(Role.MODERATOR);
        boolean asker = question.authorId() != null && actor.isMember(question.authorId());
        if (!full && !asker) return new Timeline(questionId, false, List.of());
        var entries = ladders.listClimbs(questionId).stream()
                .map(c -> new Entry(c.step(), c.reachedAt(), hours(question.createdAt(), c.reachedAt()))).toList();
        return new Timeline(questionId, full, entries);
    }

    /**
     * Questions in the staff queue still unanswered and not escalated, that the reader may see, oldest
     * asked first; at most {@value #WAITING_SHOWN}.
     */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(Actor actor, Instant now) {
        actor.require(Role.STAFF);
        var shown = new ArrayList<Waiting>();
        var after = Instant.EPOCH;
        long afterQuestion = 0;
        while (shown.size() < WAITING_SHOWN) {
            var queued = ladders.listInStaffQueue(after, afterQuestion, PAGE);
            if (queued.isEmpty()) break;
            var ids = queued.stream().map(LadderRepository.Climb::questionId).toList();
            var open = questions.stillUnanswered(ids);
            var visible = visibility.visiblePosts(actor, open);
            var byId = new java.util.HashMap<Long, QuestionDocument>();
            documents.byIds(visible).forEach(d -> byId.put(d.id(), d));
            for (var climb : queued) {
                var question = byId.get(climb.questionId());
                if (question == null || shown.size() == WAITING_SHOWN) continue;
                shown.add(new Waiting(question.id(), question.title(), org.muster.qa.Question.slugOf(question.title()),
                        question.createdAt(), climb.reachedAt(), hours(question.createdAt(), now)));
            }
            if (queued.size() < PAGE) break;
            after = queued.getLast().reachedAt();
            afterQuestion = queued.getLast().questionId();
        }
        shown.sort(Comparator.comparing(Waiting::askedAt).thenComparing(Waiting::questionId));
        return shown;
    }

    private static long hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toHours());
    }
}
