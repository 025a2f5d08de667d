package org.muster.qa;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Questions' space, tags and asking time, by id or by import, one read per batch: for figures that count
 * questions per tag. Carries no titles or text; counting only what a reader may see is the caller's rule.
 */
@Service
@NamedInterface("api")
public class QuestionTags {

    /** A question; live when it is neither deleted nor held out of view. */
    public record TaggedQuestion(long id, long spaceId, Instant askedAt, List<String> tags, boolean live) {
    }

    private final QuestionRepository questions;

    QuestionTags(QuestionRepository questions) {
        this.questions = questions;
    }

    /** These questions as they stand; ids that are no question are left out. */
    @Transactional(readOnly = true)
    public List<TaggedQuestion> questions(Collection<Long> questionIds) {
        return questionIds.isEmpty() ? List.of() : questions.tagged(questionIds);
    }

    /** The questions of an import ({@code source}) after this id, in id order, dated as they were asked where they came from. */
    @Transactional(readOnly = true)
    public List<TaggedQuestion> imported(String source, long afterId, int limit) {
        return questions.importedTagged(source, afterId, limit);
    }
}
