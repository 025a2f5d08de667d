package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.Role;
import org.muster.qa.Question;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.muster.spaces.SpaceService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recurring-questions report for staff: questions asked again and again (closed as duplicates of one
 * another) that no article documents yet, the most frequent first, each ready to become an article.
 */
@Service
@NamedInterface("api")
public class RecurringQuestions {

    static final int MAX_LIMIT = 100;

    private final DuplicateRepository duplicates;
    private final QuestionDocuments documents;
    private final SpaceService spaces;

    RecurringQuestions(DuplicateRepository duplicates, QuestionDocuments documents, SpaceService spaces) {
        this.duplicates = duplicates;
        this.documents = documents;
        this.spaces = spaces;
    }

    /** A recurring question: the original first, then its live duplicates the reader may see. */
    public record Cluster(List<Asked> questions) {

        public int size() {
            return questions.size();
        }

        public List<Long> ids() {
            return questions.stream().map(Asked::id).toList();
        }
    }

    /** A question of a cluster, as the report lists it. */
    public record Asked(long id, String title, String path, boolean solved) {
    }

    @Transactional(readOnly = true)
    public List<Cluster> report(Actor actor, int limit) {
        actor.require(Role.STAFF);
        if (limit < 1 || limit > MAX_LIMIT) throw new org.muster.platform.Invalid("limit", "search.limit.range", MAX_LIMIT);
        var stored = duplicates.listUndocumented(limit);
        var ids = stored.stream().flatMap(c -> Stream.concat(Stream.of(c.original()), c.duplicates().stream())).toList();
        var visible = new HashSet<>(spaces.visibleSpaceIds(actor));
        var byId = documents.byIds(ids).stream().filter(d -> !d.deleted() && visible.contains(d.spaceId()))
                .collect(Collectors.toMap(QuestionDocument::id, Function.identity()));
        var clusters = new ArrayList<Cluster>();
        for (var cluster : stored) {
            var original = byId.get(cluster.original());
            if (original == null) continue;
            var asked = Stream.concat(Stream.of(original), cluster.duplicates().stream().map(byId::get).filter(Objects::nonNull))
                    .map(d -> new Asked(d.id(), d.title(), "/questions/" + d.id() + "/" + Question.slugOf(d.title()),
                            d.solved() || d.validated()))
                    .toList();
            // A duplicate since deleted or moved out of sight no longer makes the question recur.
            if (asked.size() > 1) clusters.add(new Cluster(asked));
        }
        clusters.sort(java.util.Comparator.comparingInt(Cluster::size).reversed());
        return clusters;
    }
}
