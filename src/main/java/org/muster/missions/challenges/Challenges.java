package org.muster.missions.challenges;

import org.muster.missions.common.Mission;
import org.muster.missions.common.Completions;
import org.muster.missions.common.MissionRepository;
import org.muster.missions.common.Missions;
import org.muster.platform.JobLocks;
import org.muster.recognition.Reputation;
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
    private final Completions completions;

    Challenges(JobLocks jobs, MissionRepository missions, Missions eligibility, Reputation reputation, Completions completions) {
        this.jobs = jobs;
        this.missions = missions;
        this.eligibility = eligibility;
        this.reputation = reputation;
        this.completions = completions;
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
                completions.complete(mission, memberId, "challenge:" + mission.id() + ":" + memberId, null);
                completed++;
            }
        }
        return completed;
    }

    /** The sweep runs just after a challenge ends too, so "closed" is not a reason here; everything else is. */
    private boolean eligibleApartFromDates(Mission mission, long memberId) {
        var offer = eligibility.eligibility(memberId, mission);
        return offer.reasons().stream().allMatch(r -> r.key().equals(Missions.CLOSED));
    }
}
