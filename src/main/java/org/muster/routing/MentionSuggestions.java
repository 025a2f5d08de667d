package org.muster.routing;

import org.muster.accounts.MentionCandidate;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.RateLimiter;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;

/** Who "@" and a few letters may mean, for the editor: members only, a few at a time, rate-limited. */
@Service
class MentionSuggestions {

    static final int SHOWN = 8;
    static final int MAX_PREFIX = 30;
    /** Enough for typing fast in several posts; too few to walk the member list. */
    static final int PER_MINUTE = 60;

    private final Members members;
    private final RateLimiter limiter;

    MentionSuggestions(Members members, RateLimiter limiter) {
        this.members = members;
        this.limiter = limiter;
    }

    List<MentionCandidate> suggest(Actor actor, String prefix) {
        long memberId = actor.requireMember();
        var typed = prefix == null ? "" : prefix.strip();
        if (typed.startsWith("@")) typed = typed.substring(1);
        if (typed.length() < 2) return List.of();
        limiter.acquire("mentions:" + memberId, PER_MINUTE, Duration.ofMinutes(1));
        return members.mentionCandidates(typed.length() > MAX_PREFIX ? typed.substring(0, MAX_PREFIX) : typed, SHOWN);
    }
}
