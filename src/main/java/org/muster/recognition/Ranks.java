package org.muster.recognition;

import org.muster.qa.PostModeration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Ranks: earned by points and answers, as the weights configure them; every change recorded for the member. */
@Component
class Ranks {

    private final ReputationRepository reputation;
    private final RecognitionWeights weights;
    private final PostModeration posts;
    private final ApplicationEventPublisher events;

    Ranks(ReputationRepository reputation, RecognitionWeights weights, PostModeration posts, ApplicationEventPublisher events) {
        this.reputation = reputation;
        this.weights = weights;
        this.posts = posts;
        this.events = events;
    }

    String first() {
        return weights.rankList().getFirst().name();
    }

    List<String> names() {
        return weights.rankList().stream().map(RecognitionWeights.Rank::name).toList();
    }

    String rankFor(int points, int answers) {
        var name = first();
        for (var rank : weights.rankList()) if (points >= rank.points() && answers >= rank.answers()) name = rank.name();
        return name;
    }

    /** Ranks follow totals; every change is recorded for the member, a demotion with its reason. */
    void rank(Map<Long, Integer> totals) {
        if (totals.isEmpty()) return;
        var current = reputation.ranks(totals.keySet());
        var records = posts.authorRecords(totals.keySet());
        for (var entry : totals.entrySet()) {
            var name = rankFor(entry.getValue(), records.get(entry.getKey()).answers());
            var before = current.get(String.valueOf(entry.getKey()));
            if (name.equals(before)) continue;
            reputation.setRank(entry.getKey(), name);
            if (before == null && name.equals(first())) continue;
            boolean demoted = before != null && indexOf(name) < indexOf(before);
            reputation.recordRankChange(entry.getKey(), before, name, entry.getValue(),
                    demoted ? "recognition.rank.fell" : "recognition.rank.reached");
            events.publishEvent(new RankChanged(entry.getKey(), before, name, entry.getValue(), !demoted));
        }
    }

    private int indexOf(String rank) {
        var list = weights.rankList();
        for (int i = 0; i < list.size(); i++) if (list.get(i).name().equals(rank)) return i;
        return -1;
    }
}
