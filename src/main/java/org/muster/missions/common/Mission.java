package org.muster.missions.common;

import java.time.Instant;
import java.util.List;

/**
 * A mission of a program. kind: task, shift, match or challenge. Rewards are points and, optionally,
 * cash in minor units of rewardCurrency. A challenge completes when a member reaches challengeTarget
 * of challengeMetric (in challengeTag, if set) between the start and the end.
 */
public record Mission(long id, long programId, String slug, String title, String description, String kind,
                      long rewardPoints, String approval, List<String> skills, List<String> languages, String city,
                      Integer perMemberLimit, Instant startsAt, Instant endsAt, Instant createdAt, Integer perWeekLimit,
                      String minRank, String badge, boolean championsOnly, Double latitude, Double longitude,
                      long rewardCash, String rewardCurrency, String challengeMetric, String challengeTag,
                      Integer challengeTarget) {

    public boolean openAt(Instant now) {
        return !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
    }
}
