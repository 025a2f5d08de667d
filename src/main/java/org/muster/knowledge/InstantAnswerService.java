package org.muster.knowledge;

import org.muster.knowledge.InstantAnswerRepository.Offer;
import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.JobLocks;
import org.muster.platform.NotFound;
import org.muster.qa.InstantAnswerOffer;
import org.muster.qa.InstantAnswers;
import org.muster.qa.QuestionAsked;
import org.muster.qa.SolvedThread;
import org.muster.qa.SolvedThreads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Instant answers while asking: when what a member types is close enough to a solved question he may
 * see (the plain embedding cosine of the ask form's best-ranked candidates, at least
 * {@code muster.knowledge.instant-answer-closeness}, chosen on SemEval data: see README), the ask form
 * offers its solution. Each offer is recorded once per member, question and asking, with what came of
 * it: solved, declined, left, or replaced when the member took another one.
 */
@Service
class InstantAnswerService implements InstantAnswers {

    /** How long after an offer was last shown the member is still asking; past it, an open offer was left. */
    static final Duration ASKING = Duration.ofMinutes(30);
    /** Candidates looked at: those close enough are few, but an unsolved one may rank above a solved one. */
    private static final int CANDIDATES = 10;
    private static final int LEFT_BATCH = 1000;
    private static final String LEFT_JOB = "knowledge.instant-answers.left";

    private final ClosestQuestions closest;
    private final SolvedThreads solved;
    private final InstantAnswerRepository offers;
    private final ApplicationEventPublisher events;
    private final JobLocks jobs;
    private final Clock clock;
    private final double closeness;

    InstantAnswerService(ClosestQuestions closest, SolvedThreads solved, InstantAnswerRepository offers,
                         ApplicationEventPublisher events, JobLocks jobs, Clock clock,
                         @Value("${muster.knowledge.instant-answer-closeness:" + ClosestQuestions.DEFAULT_CLOSENESS + "}") double closeness) {
        this.closest = closest;
        this.solved = solved;
        this.offers = offers;
        this.events = events;
        this.jobs = jobs;
        this.clock = clock;
        this.closeness = closeness;
    }

    @Override
    @Transactional
    public Optional<InstantAnswerOffer> offer(Actor actor, String title, String body) {
        if (actor.isVisitor()) return Optional.empty();
        var close = closest.closest(actor, title, body, CANDIDATES).stream()
                .filter(c -> c.cosine() >= closeness).map(ClosestQuestions.CloseQuestion::questionId).toList();
        if (close.isEmpty()) return Optional.empty();
        var now = clock.instant();
        for (var thread : solved.of(actor, close)) {
            var offer = offered(actor.memberId(), thread, now);
            if (offer.isPresent()) return offer.map(o -> new InstantAnswerOffer(o.id(), thread.questionId(),
                    thread.title(), thread.slug(), thread.answerHtml(), thread.validated()));
        }
        return Optional.empty();
    }

    /** The member's open offer of this solution, shown again; a new one; or empty when he answered it lately. */
    private Optional<Offer> offered(long memberId, SolvedThread thread, Instant now) {
        var current = offers.findCurrent(memberId, thread.questionId(), now.minus(ASKING));
        if (current.isPresent() && current.get().outcome() != null) return Optional.empty();
        if (current.isPresent() && offers.updateShown(current.get().id(), now)) return current;
        var added = offers.insert(memberId, thread.questionId(), thread.spaceId(), now);
        if (added.isEmpty()) return offers.findCurrent(memberId, thread.questionId(), now.minus(ASKING));
        var offer = added.get();
        events.publishEvent(new InstantAnswerShown(offer.id(), memberId, offer.questionId(), offer.spaceId(), offer.shownAt()));
        return added;
    }

    @Override
    @Transactional
    public void askAnyway(Actor actor, long offerId) {
        var offer = own(actor, offerId);
        if (offers.updateOutcome(offer.id(), "declined", clock.instant())) declined(offer);
    }

    /**
     * "Yes, thanks": the offer solved the member's question. Other instant answers still open for him
     * were replaced by it. Answering twice changes nothing. Returns the solved question's id.
     */
    @Transactional
    public long solve(Actor actor, long offerId) {
        var offer = own(actor, offerId);
        var now = clock.instant();
        if (offers.updateOutcome(offer.id(), "solved", now)) {
            offers.updateOpenOf(offer.memberId(), offer.id(), "replaced", now);
            events.publishEvent(new InstantAnswerSolved(offer.id(), offer.memberId(), offer.questionId(),
                    offer.spaceId(), offer.shownAt()));
        }
        return offer.questionId();
    }

    /** The member's choice through the API: {@code solved} ("Yes, thanks") or {@code ask-anyway}. */
    @Transactional
    public void choose(Actor actor, long offerId, String choice) {
        switch (choice == null ? "" : choice) {
            case "solved" -> solve(actor, offerId);
            case "ask-anyway" -> askAnyway(actor, offerId);
            default -> throw new Invalid("choice", "instant.choice.invalid");
        }
    }

    /** In the asking transaction: a member who posts a question while offered instant answers declined them. */
    @EventListener
    void on(QuestionAsked asked) {
        offers.updateOpenOf(asked.authorId(), 0, "declined", clock.instant()).forEach(this::declined);
    }

    @Scheduled(fixedDelayString = "${muster.knowledge.instant-answer-sweep:PT5M}", initialDelayString = "PT2M")
    @Transactional
    public void settleLeftNow() {
        settleLeft(clock.instant());
    }

    /** Marks as left the offers open past the asking window at {@code now}; false when another node is at it. */
    @Transactional
    public boolean settleLeft(Instant now) {
        if (!jobs.tryLock(LEFT_JOB)) return false;
        for (var batch = offers.updateLeft(now.minus(ASKING), now, LEFT_BATCH); !batch.isEmpty();
             batch = offers.updateLeft(now.minus(ASKING), now, LEFT_BATCH)) {
            batch.forEach(o -> events.publishEvent(new InstantAnswerLeft(o.id(), o.memberId(), o.questionId(),
                    o.spaceId(), o.shownAt())));
        }
        return true;
    }

    private void declined(Offer offer) {
        events.publishEvent(new InstantAnswerDeclined(offer.id(), offer.memberId(), offer.questionId(),
                offer.spaceId(), offer.shownAt()));
    }

    /** The member's own offer; another member's is not found. */
    private Offer own(Actor actor, long offerId) {
        long member = actor.requireMember();
        return offers.find(offerId).filter(o -> o.memberId() == member).orElseThrow(NotFound::new);
    }
}
