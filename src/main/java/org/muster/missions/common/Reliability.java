package org.muster.missions.common;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A peer's visible reliability: completions raise it, late withdrawals and no-shows (three times as
 * heavy) lower it, and ratings from matches scale it. Two phantom completions keep one early miss
 * from sinking a newcomer; below three commitments the standing reads "new".
 */
@Service
public class Reliability {

    public record Standing(long memberId, int completed, int lateWithdrawals, int noShows, int ratings, Double averageRating,
                           int score, String label) {

        /** The standing as a weight between 0 and 1, for lotteries and match ranking. */
        public double weight() {
            return Math.max(score, 5) / 100.0;
        }
    }

    private final ReliabilityRepository repository;
    private final Members members;

    Reliability(ReliabilityRepository repository, Members members) {
        this.repository = repository;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Standing of(Actor actor, long memberId) {
        actor.requireMember();
        if (members.summaries(List.of(memberId)).isEmpty()) throw new org.muster.platform.NotFound();
        return standings(List.of(memberId)).get(memberId);
    }

    public Map<Long, Standing> standings(Collection<Long> memberIds) {
        return repository.counts(memberIds).values().stream().map(Reliability::standing)
                .collect(Collectors.toMap(Standing::memberId, s -> s));
    }

    private static Standing standing(ReliabilityRepository.Counts c) {
        double base = (c.completed() + 2.0) / (c.completed() + 2.0 + c.lateWithdrawals() + 3.0 * c.noShows());
        Double average = c.ratings() == 0 ? null : c.ratingSum() / c.ratings();
        double score = average == null ? base : base * (0.6 + 0.4 * average / 5.0);
        int percent = (int) Math.round(score * 100);
        int commitments = c.completed() + c.lateWithdrawals() + c.noShows();
        var label = commitments < 3 ? "new" : percent >= 90 ? "excellent" : percent >= 75 ? "good" : percent >= 50 ? "fair" : "at-risk";
        return new Standing(c.memberId(), c.completed(), c.lateWithdrawals(), c.noShows(), c.ratings(), average, percent, label);
    }
}
