package org.muster.routing;

import org.muster.platform.JobLocks;
import org.muster.qa.QuestionService;
import org.muster.routing.QuestionClimbed.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;

/**
 * The ladder's round: every unanswered question past the hours of a step it has not reached takes
 * that step, steps in order, and each step is published as {@link QuestionClimbed} for its owner to
 * take. One node at a time; the climbs' key keeps a step from being taken twice all the same.
 */
@Component
class LadderClimbs {

    private static final int PAGE = 500;

    private final LadderRepository ladders;
    private final QuestionService questions;
    private final JobLocks jobs;
    private final ApplicationEventPublisher events;

    LadderClimbs(LadderRepository ladders, QuestionService questions, JobLocks jobs, ApplicationEventPublisher events) {
        this.ladders = ladders;
        this.questions = questions;
        this.jobs = jobs;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${muster.routing.ladder-round:PT1M}", initialDelayString = "PT40S")
    @Transactional
    public void climbNow() {
        climb(Instant.now());
    }

    /**
     * Takes every step due at {@code now}; a question answered, closed, deleted or escalated meanwhile
     * climbs no further. False when another node is running the round, which then takes these steps.
     */
    @Transactional
    public boolean climb(Instant now) {
        if (!jobs.tryLock("muster.routing.ladder")) return false;
        for (var space : ladders.list()) {
            for (var step : Step.values()) {
                var hours = space.ladder().hours(step);
                if (hours == null) continue;
                var cutoff = now.minus(Duration.ofHours(hours));
                if (!cutoff.isAfter(space.appliesFrom())) continue;
                long after = 0;
                while (true) {
                    var due = questions.unansweredSince(space.spaceId(), space.appliesFrom(), cutoff, after, PAGE);
                    var reached = ladders.reached(due, step);
                    for (var questionId : due) {
                        if (!reached.contains(questionId) && ladders.insertClimb(questionId, step, space.spaceId(), now))
                            events.publishEvent(new QuestionClimbed(questionId, space.spaceId(), step));
                    }
                    if (due.size() < PAGE) break;
                    after = due.getLast();
                }
            }
        }
        return true;
    }
}
