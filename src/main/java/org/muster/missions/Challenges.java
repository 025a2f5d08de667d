package org.muster.missions;

import org.muster.platform.JobLocks;
import org.muster.recognition.Reputation;
import org.muster.rewards.Rewards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Challenge missions complete by themselves: reputation is derived from the community's change feed
 * (accepted and validated answers, helped marks, upvotes, each with its day and tags), so a sweep
 * counts each eligible member's facts in the challenge's dates and completes and rewards, once, those
 * who reached the target. One node at a time.
 */
@Service
public class Challenges {

    private final JobLocks jobs;
    private final MissionRepository missions;
    private final Missions eligibility;
    private final Reputation reputation;
    private final Rewards rewards;
    private final ApplicationEventPublisher events;

    Challenges(JobLocks jobs, MissionRepository missions, Missions eligibility, Reputation reputation, Rewards rewards,
               ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.missions = missions;
        this.eligibility = eligibility;
        this.reputation = reputation;
        this.rewards = rewards;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${muster.missions.challenge-poll:PT5M}", initialDelayString = "PT40S")
    @Transactional
    public int sweep() {
        if (!jobs.tryLock("muster.challenges")) return 0;
        int completed = 0;
        for (var mission : missions.liveChallenges(Instant.now())) {
            var reached = reputation.achievements(mission.challengeMetric(), mission.challengeTag(),
                    mission.startsAt().atZone(ZoneOffset.UTC).toLocalDate(), mission.endsAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    mission.challengeTarget(), null);
            for (var entry : reached.entrySet()) {
                long memberId = entry.getKey();
                if (missions.challengeCompleted(mission.id(), memberId) || !eligibleApartFromDates(mission, memberId)) continue;
                missions.completeChallenge(mission.id(), memberId, entry.getValue());
                if (mission.rewardPoints() > 0 || mission.rewardCash() > 0)
                    rewards.payFromProgram(mission.programId(), memberId, mission.rewardPoints(), mission.rewardCurrency(),
                            mission.rewardCash(), "Challenge: " + mission.title(), "challenge:" + mission.id() + ":" + memberId, null);
                events.publishEvent(new MissionCompleted(mission.id(), "challenge", memberId,
                        "challenge:" + mission.id() + ":" + memberId, mission.rewardPoints()));
                completed++;
            }
        }
        return completed;
    }

    /** The sweep runs just after a challenge ends too, so "closed" is not a reason here; everything else is. */
    private boolean eligibleApartFromDates(Mission mission, long memberId) {
        var offer = eligibility.eligibility(memberId, mission);
        return offer.reasons().stream().allMatch(r -> r.equals("the mission is closed"));
    }
}
