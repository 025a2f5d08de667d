package org.muster.routing;

import org.muster.qa.AnswererStats;
import org.muster.qa.AnswererStats.AnswererPace;
import org.muster.qa.AnswererStats.AnswererRecord;
import org.muster.qa.QuestionDocument;
import org.muster.search.EarlierQuestions;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is most likely to answer a question well and soon, from what happened before a cut-off: their
 * answers on questions similar by meaning and in its tags (accepted and validated answers weigh most,
 * votes some), how much they answered lately and how soon after a question they usually do. Load,
 * fairness and whether they are away come from the caller, which knows the requests already made:
 * routing from its table, the evaluation from its replay.
 */
@Component
class ExpertRanking {

    /** Questions like the new one whose answerers count as competent. */
    static final int SIMILAR_QUESTIONS = 20;
    /** The best answerers in the question's tags that are considered. */
    static final int TAG_CANDIDATES = 40;
    static final Duration RECENT = Duration.ofDays(90);
    static final int PACE_ANSWERS = 20;

    /**
     * The weights of the score; {@link #DEFAULT} is what {@code bench/routing-eval} chose on the beer
     * dump (see bench/README.md).
     *
     * @param similar  a point on a similar question against one in a shared tag
     * @param accepted an accepted answer against a plain one (validated counts the same)
     * @param upVote   each upvote (on a log scale)
     * @param idle     how much a member who answered nothing lately keeps of their score
     * @param active   the answers in the last 90 days at which a member gets half of what being active adds
     * @param speedHours the usual delay that halves (softly) the score
     * @param load     how much each open request damps the score
     * @param fairness how much each request of the last week damps the score
     * @param away     what a member asleep or outside their availability keeps of their score
     */
    record Weights(double similar, double accepted, double upVote, double idle, double active, double speedHours,
                   double load, double fairness, double away) {
    }

    static final Weights DEFAULT = new Weights(2.0, 3.0, 0.5, 0.05, 10, 48, 0.25, 0.1, 0.3);

    /** One member who answered such questions before, with their record. */
    record Candidate(long memberId, AnswererRecord similar, AnswererRecord tags, AnswererPace pace) {
    }

    /** A candidate as scored, with the numbers behind it for the staff's "why". */
    record Scored(Candidate candidate, double score, int openRequests) {

        List<ExpertRequest.ExpertReason> reasons() {
            var reasons = new ArrayList<ExpertRequest.ExpertReason>();
            var similar = candidate.similar();
            if (similar.answers() > 0)
                reasons.add(reason("routing.reason.similar", similar.answers(), similar.accepted() + similar.validated()));
            var tags = candidate.tags();
            if (tags.answers() > 0)
                reasons.add(reason("routing.reason.tags", tags.answers(), tags.accepted() + tags.validated()));
            var pace = candidate.pace();
            if (pace.recentAnswers() > 0) {
                reasons.add(reason("routing.reason.speed", Math.max(1, Math.round(pace.usualDelay().toMinutes() / 60.0))));
                reasons.add(reason("routing.reason.recent", pace.recentAnswers(), RECENT.toDays()));
            }
            reasons.add(reason("routing.reason.load", openRequests));
            return reasons;
        }

        private static ExpertRequest.ExpertReason reason(String key, long... args) {
            return new ExpertRequest.ExpertReason(key, java.util.Arrays.stream(args).boxed().toList());
        }
    }

    private final AnswererStats answerers;
    private final EarlierQuestions earlier;

    ExpertRanking(AnswererStats answerers, EarlierQuestions earlier) {
        this.answerers = answerers;
        this.earlier = earlier;
    }

    /** Everyone who answered questions like this one or in its tags before the cut-off, in three queries. */
    List<Candidate> candidates(QuestionDocument question, Instant before) {
        var similarIds = earlier.like(question.id(), before, SIMILAR_QUESTIONS);
        var onSimilar = byMember(answerers.onQuestions(similarIds, before));
        var inTags = byMember(answerers.inTags(question.spaceId(), question.tags(), before, TAG_CANDIDATES));
        var ids = new LinkedHashSet<Long>(onSimilar.keySet());
        ids.addAll(inTags.keySet());
        var pace = answerers.pace(ids, before, RECENT, PACE_ANSWERS).stream()
                .collect(Collectors.toMap(AnswererPace::memberId, Function.identity()));
        return ids.stream().map(id -> new Candidate(id, onSimilar.getOrDefault(id, none(id)),
                inTags.getOrDefault(id, none(id)), pace.getOrDefault(id, new AnswererPace(id, 0, Duration.ZERO)))).toList();
    }

    /**
     * The candidates best first. {@code open}: each member's requests not yet answered; {@code lastWeek}:
     * requests of the last seven days; {@code away}: asleep or outside their availability now.
     */
    static List<Scored> rank(List<Candidate> candidates, Map<Long, Integer> open, Map<Long, Integer> lastWeek,
                             java.util.Set<Long> away, Weights w) {
        var scored = new ArrayList<Scored>();
        for (var c : candidates) {
            double competence = w.similar() * points(c.similar(), w) + points(c.tags(), w);
            if (competence <= 0) continue;
            var pace = c.pace();
            double activity = w.idle() + (1 - w.idle()) * pace.recentAnswers() / (pace.recentAnswers() + w.active());
            double speed = pace.recentAnswers() == 0 ? 1
                    : 1 / Math.sqrt(1 + pace.usualDelay().toMinutes() / 60.0 / w.speedHours());
            int load = open.getOrDefault(c.memberId(), 0);
            double fairness = 1 / (1 + w.fairness() * lastWeek.getOrDefault(c.memberId(), 0));
            double score = Math.log1p(competence) * activity * speed * fairness / (1 + w.load() * load)
                    * (away.contains(c.memberId()) ? w.away() : 1);
            scored.add(new Scored(c, score, load));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(s -> s.candidate().memberId()));
        return scored;
    }

    private static double points(AnswererRecord r, Weights w) {
        return r.answers() + w.accepted() * (r.accepted() + r.validated()) + w.upVote() * Math.log1p(r.upVotes());
    }

    private static Map<Long, AnswererRecord> byMember(List<AnswererRecord> records) {
        var map = new HashMap<Long, AnswererRecord>();
        for (var r : records) map.put(r.memberId(), r);
        return map;
    }

    private static AnswererRecord none(long memberId) {
        return new AnswererRecord(memberId, 0, 0, 0, 0);
    }
}
