package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.Delivery;
import org.muster.platform.FeedSubscriber;
import org.muster.qa.HelpedMarked;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.QuestionEvent;
import org.muster.qa.QuestionViewed;
import org.muster.qa.QuestionWatched;
import org.muster.qa.QuestionsImported;
import org.muster.qa.VoteCast;
import org.muster.spaces.SpaceChanged;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the sitemap's list of public questions current from the change feed, one node at a time: a question
 * whose page changed is read again at the end of the batch and listed (with when it changed) if it is live in a
 * space visitors may see, else dropped; a space that changes (turned private, or public) is dropped or listed as
 * a whole, as is an imported space. Votes, views, watches and "this helped me" leave the entry alone.
 */
@Component
class SitemapQuestionFollower implements FeedSubscriber {

    private static final int PAGE = 1000;

    private final SitemapQuestionRepository sitemap;
    private final QuestionDocuments questions;
    private final SpaceService spaces;
    private final Map<Long, Instant> touched = new LinkedHashMap<>();
    private final Map<Long, Instant> changedSpaces = new LinkedHashMap<>();

    SitemapQuestionFollower(SitemapQuestionRepository sitemap, QuestionDocuments questions, SpaceService spaces) {
        this.sitemap = sitemap;
        this.questions = questions;
        this.spaces = spaces;
    }

    @Override
    public String subscription() {
        return "knowledge.sitemap";
    }

    void on(QuestionEvent event, Delivery delivery) {
        switch (event) {
            case VoteCast vote -> { }
            case QuestionViewed view -> { }
            case QuestionWatched watch -> { }
            case HelpedMarked helped -> { }
            default -> touched.put(event.questionId(), delivery.occurredAt());
        }
    }

    void on(SpaceChanged event, Delivery delivery) {
        changedSpaces.put(event.spaceId(), delivery.occurredAt());
    }

    void on(QuestionsImported event, Delivery delivery) {
        changedSpaces.put(event.spaceId(), delivery.occurredAt());
    }

    @Override
    public void batchApplied(boolean replay) {
        var questionTimes = Map.copyOf(touched);
        var spaceTimes = Map.copyOf(changedSpaces);
        touched.clear();
        changedSpaces.clear();
        if (questionTimes.isEmpty() && spaceTimes.isEmpty()) return;
        Set<Long> visible = new HashSet<>(spaces.visibleSpaceIds(Actor.visitor()));
        spaceTimes.forEach((spaceId, at) -> {
            if (visible.contains(spaceId)) listSpace(spaceId, at);
            else sitemap.deleteSpace(spaceId);
        });
        if (questionTimes.isEmpty()) return;
        var found = questions.byIds(questionTimes.keySet());
        var gone = new LinkedHashSet<>(questionTimes.keySet());
        for (var question : found) {
            if (question.deleted() || !visible.contains(question.spaceId())) continue;
            gone.remove(question.id());
            list(question, questionTimes.get(question.id()));
        }
        sitemap.delete(gone);
    }

    private void listSpace(long spaceId, Instant at) {
        long after = 0;
        for (List<QuestionDocument> page; !(page = questions.batchAfter(after, spaceId, PAGE)).isEmpty();
             after = page.getLast().id()) {
            page.forEach(question -> list(question, at));
        }
    }

    private void list(QuestionDocument question, Instant at) {
        sitemap.upsert(question.id(), question.spaceId(), SitemapQuestions.pathOf(question.id(), question.title()), at);
    }
}
