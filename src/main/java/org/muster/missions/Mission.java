package org.muster.missions;

import java.time.Instant;
import java.util.List;

public record Mission(long id, long programId, String slug, String title, String description, String kind,
                      long rewardPoints, String approval, List<String> skills, List<String> languages, String city,
                      Integer perMemberLimit, Instant startsAt, Instant endsAt, Instant createdAt) {

    public boolean openAt(Instant now) {
        return !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
    }
}
