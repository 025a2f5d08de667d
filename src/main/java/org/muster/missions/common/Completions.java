package org.muster.missions.common;

import org.muster.missions.MissionCompleted;
import org.muster.rewards.Rewards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * The one place a mission is completed, whatever its kind (task accepted, hours approved, match met,
 * challenge reached): the completion is recorded under its key, the reward is paid from the program's
 * budget under the same key, and MissionCompleted is published. Completing again under a key already
 * recorded does nothing, so a retry or a second run never pays or announces the same work twice.
 */
@Service
public class Completions {

    /** How the ledger names the payment, as it always has, so a member's history reads the same for old and new ones. */
    private static final Map<String, String> LEDGER_LABELS = Map.of("task", "Mission", "shift", "Shift", "match", "Match",
            "challenge", "Challenge");

    private final MissionRepository missions;
    private final Rewards rewards;
    private final ApplicationEventPublisher events;

    Completions(MissionRepository missions, Rewards rewards, ApplicationEventPublisher events) {
        this.missions = missions;
        this.rewards = rewards;
        this.events = events;
    }

    /** key: what was completed ("mission:{submission}", "shift:{signup}", "match:{request}", "challenge:{mission}:{member}"). */
    @Transactional
    public void complete(Mission mission, long memberId, String key, Long by) {
        if (!missions.insertCompletion(key, mission.id(), memberId)) return;
        if (mission.rewardPoints() > 0 || mission.rewardCash() > 0)
            rewards.payFromProgram(mission.programId(), memberId, mission.rewardPoints(), mission.rewardCurrency(),
                    mission.rewardCash(), LEDGER_LABELS.get(mission.kind()) + ": " + mission.title(), key, by);
        events.publishEvent(new MissionCompleted(mission.id(), mission.kind(), memberId, key, mission.rewardPoints()));
    }
}
