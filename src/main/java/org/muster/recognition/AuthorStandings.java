package org.muster.recognition;

import org.muster.platform.NodeMemory;
import org.muster.platform.Secrets;
import org.muster.platform.Signals;
import org.muster.qa.PostModeration;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the label beside each author's name is made of (points and answers in the reader's spaces, a
 * champion's tags), remembered per node: every page shows a label per author, and the same authors recur
 * page after page. Triggers on the totals and champions' terms and tags signal every change of a member's
 * points, term or tags, so every node forgets it at once; answer counts, which only move a rank across a
 * threshold, may be up to {@link #KEEP} behind. Kept per set of readable spaces: nobody sees points from spaces they cannot read.
 */
@Component
class AuthorStandings {

    static final String CHANNEL = "muster_standings";
    static final Duration KEEP = Duration.ofMinutes(1);

    record Standing(ReputationRepository.LabelBasis basis, int answers, List<String> expertTags) {
    }

    private final ReputationRepository reputation;
    private final PostModeration posts;
    private final ChampionsProgram champions;
    private final NodeMemory<Standing> memory;

    AuthorStandings(ReputationRepository reputation, PostModeration posts, ChampionsProgram champions, Signals signals) {
        this.reputation = reputation;
        this.posts = posts;
        this.champions = champions;
        this.memory = new NodeMemory<>(signals, CHANNEL, KEEP, 50_000);
    }

    Map<Long, Standing> of(Collection<Long> authorIds, Collection<Long> readable) {
        // The set of spaces as a short digest: staff read every space, and a list of them in each key would be kilobytes.
        var spaces = HexFormat.of().formatHex(Secrets.hash(readable.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","))), 0, 12);
        var keys = authorIds.stream().collect(Collectors.toMap(id -> id + "@" + spaces, Function.identity(), (a, b) -> a));
        var found = memory.findAll(keys.keySet(), missing -> load(missing.stream().map(keys::get).toList(), readable).entrySet()
                .stream().collect(Collectors.toMap(e -> e.getKey() + "@" + spaces, Map.Entry::getValue)));
        var standings = new HashMap<Long, Standing>();
        found.forEach((key, standing) -> standings.put(keys.get(key), standing));
        return standings;
    }

    private Map<Long, Standing> load(List<Long> ids, Collection<Long> readable) {
        var bases = reputation.labelBases(ids, readable);
        var answers = posts.answerCounts(ids, readable);
        var experts = champions.expertTags(bases.entrySet().stream().filter(e -> e.getValue().champion())
                .map(Map.Entry::getKey).toList());
        var standings = new HashMap<Long, Standing>();
        bases.forEach((id, basis) -> standings.put(id,
                new Standing(basis, answers.getOrDefault(id, 0), experts.getOrDefault(id, List.of()))));
        return standings;
    }
}
