package org.muster.recognition;

import org.muster.qa.PostModeration;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the label beside each author's name is made of (points and answers in the reader's spaces, a
 * champion's tags), kept per node for {@link #KEEP}: every page shows a label per author, and the same
 * authors recur page after page. A label may thus be a minute behind a vote, which is fine for a
 * label; it is kept per set of readable spaces, so no reader ever sees points from spaces they cannot read.
 */
@Component
class AuthorStandings {

    static final Duration KEEP = Duration.ofMinutes(1);
    private static final int CAPACITY = 50_000;

    record Standing(ReputationRepository.LabelBasis basis, int answers, List<String> expertTags) {
    }

    private record Remembered(Standing standing, long until) {
    }

    private final ReputationRepository reputation;
    private final PostModeration posts;
    private final ChampionsProgram champions;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    AuthorStandings(ReputationRepository reputation, PostModeration posts, ChampionsProgram champions) {
        this.reputation = reputation;
        this.posts = posts;
        this.champions = champions;
    }

    Map<Long, Standing> of(Collection<Long> authorIds, Collection<Long> readable) {
        var spaces = readable.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        long now = System.currentTimeMillis();
        var found = new HashMap<Long, Standing>();
        var missing = new ArrayList<Long>();
        for (var id : authorIds) {
            var entry = remembered.get(id + "@" + spaces);
            if (entry != null && entry.until() > now) found.put(id, entry.standing());
            else missing.add(id);
        }
        if (missing.isEmpty()) return found;
        var bases = reputation.labelBases(missing, readable);
        var answers = posts.answerCounts(missing, readable);
        var experts = champions.expertTags(bases.entrySet().stream().filter(e -> e.getValue().champion())
                .map(Map.Entry::getKey).toList());
        // Beyond capacity the node forgets everything rather than tracking which entry is oldest.
        if (remembered.size() + missing.size() > CAPACITY) remembered.clear();
        for (var id : missing) {
            var basis = bases.get(id);
            if (basis == null) continue;
            var standing = new Standing(basis, answers.getOrDefault(id, 0), experts.getOrDefault(id, List.of()));
            remembered.put(id + "@" + spaces, new Remembered(standing, now + KEEP.toMillis()));
            found.put(id, standing);
        }
        return found;
    }
}
