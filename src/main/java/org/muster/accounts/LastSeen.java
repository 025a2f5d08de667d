package org.muster.accounts;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notes when a member was last active without a write on every request: each node writes a member's
 * moment at most once per {@link #EVERY}, and the database skips the write when another node did it
 * meanwhile. So a list may be that much behind, which is precise enough for "last seen".
 */
@Component
class LastSeen {

    static final Duration EVERY = Duration.ofMinutes(5);
    /** Beyond this many members noted lately the node forgets them all: at worst one extra write each. */
    private static final int REMEMBERED = 50_000;

    private final MemberRepository members;
    private final ConcurrentHashMap<Long, Instant> notedAt = new ConcurrentHashMap<>();

    LastSeen(MemberRepository members) {
        this.members = members;
    }

    void note(long memberId) {
        var now = Instant.now();
        var noted = notedAt.get(memberId);
        if (noted != null && noted.isAfter(now.minus(EVERY))) return;
        if (notedAt.size() >= REMEMBERED) notedAt.clear();
        notedAt.put(memberId, now);
        members.updateLastSeen(memberId, EVERY);
    }
}
