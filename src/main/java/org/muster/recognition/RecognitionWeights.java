package org.muster.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Reputation weights and ranks, set with {@code muster.recognition.*}. Changing them changes future
 * points; {@code muster recognition recompute} applies them to the past too.
 *
 * @param ranks name:points:answers, lowest first, e.g. "Expert:1000:20"
 */
@ConfigurationProperties("muster.recognition")
record RecognitionWeights(int questionUpvote, int answerUpvote, int downvote, int accepted, int validated,
                                 int helped, int spam, int dailyVoteCap, List<String> ranks) {

    record Rank(String name, int points, int answers) {
    }

    List<Rank> rankList() {
        return ranks.stream().map(r -> r.split(":"))
                .map(p -> new Rank(p[0].strip(), Integer.parseInt(p[1].strip()), Integer.parseInt(p[2].strip()))).toList();
    }
}
