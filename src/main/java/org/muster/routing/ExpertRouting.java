package org.muster.routing;

import org.muster.accounts.Members;
import org.muster.accounts.MemberSummary;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.qa.PostVisibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What members and staff do with routing: see who was asked and why, decline a request, set limits. */
@Service
class ExpertRouting {

    /** One request as staff see it: who, when, what became of it and why they were picked. */
    record AskedExpert(long memberId, String displayName, java.time.Instant askedAt, ExpertRequest.Status status,
                       List<ExpertRequest.ExpertReason> reasons) {
    }

    private final ExpertRequestRepository requests;
    private final PostVisibility visibility;
    private final Members members;
    private final ApplicationEventPublisher events;

    ExpertRouting(ExpertRequestRepository requests, PostVisibility visibility, Members members,
                  ApplicationEventPublisher events) {
        this.requests = requests;
        this.visibility = visibility;
        this.members = members;
        this.events = events;
    }

    /** Who was asked about the question and why: staff only; 404 for a question the reader may not see. */
    @Transactional(readOnly = true)
    public List<AskedExpert> asked(Actor actor, long questionId) {
        requireVisible(actor, questionId);
        actor.require(Role.STAFF);
        var found = requests.listForQuestion(questionId);
        var names = members.summaries(found.stream().map(ExpertRequest::memberId).toList());
        return found.stream().map(r -> new AskedExpert(r.memberId(),
                Optional.ofNullable(names.get(r.memberId())).map(MemberSummary::displayName).orElse(""),
                r.askedAt(), r.status(), r.reasons())).toList();
    }

    /** The reader's own request about the question, if they were asked. */
    @Transactional(readOnly = true)
    public Optional<ExpertRequest> mine(Actor actor, long questionId) {
        if (actor.isVisitor()) return Optional.empty();
        requireVisible(actor, questionId);
        return requests.find(questionId, actor.memberId());
    }

    /** The asked member says no: they are not asked about this question again. Declining twice changes nothing. */
    @Transactional
    public void decline(Actor actor, long questionId) {
        long memberId = actor.requireMember();
        requireVisible(actor, questionId);
        var request = requests.find(questionId, memberId)
                .orElseThrow(() -> new Forbidden("routing.decline.not-asked"));
        switch (request.status()) {
            case DECLINED -> {
                return;
            }
            case ANSWERED -> throw new Conflict("question", "routing.decline.answered");
            case ASKED, IGNORED -> {
                requests.updateStatus(questionId, List.of(memberId), request.status(), ExpertRequest.Status.DECLINED);
                events.publishEvent(new ExpertRequestDeclined(questionId, memberId));
            }
        }
    }

    @Transactional(readOnly = true)
    public ExpertPreferences preferences(Actor actor) {
        long memberId = actor.requireMember();
        return requests.preferences(List.of(memberId)).getOrDefault(memberId, ExpertPreferences.NONE);
    }

    @Transactional
    public ExpertPreferences savePreferences(Actor actor, ExpertPreferences preferences) {
        long memberId = actor.requireMember();
        var maximum = preferences.weeklyMaximum();
        if (maximum != null && (maximum < 0 || maximum > ExpertPreferences.MOST))
            throw new Invalid("weeklyMaximum", "routing.preferences.weekly-maximum.range", ExpertPreferences.MOST);
        requests.savePreferences(memberId, preferences);
        events.publishEvent(new ExpertPreferencesChanged(memberId, preferences.weeklyMaximum(), preferences.paused()));
        return preferences;
    }

    private void requireVisible(Actor actor, long questionId) {
        if (!visibility.visiblePosts(actor, List.of(questionId)).contains(questionId)) throw new NotFound();
    }
}
