package org.muster.qa;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** A post brought in by an import, with the votes and acceptance it arrived with. */
@NamedInterface("unchecked")
public record ImportedPost(long id, String kind, long questionId, long spaceId, Long authorId, List<String> tags,
                           int upVotes, int downVotes, boolean accepted, Instant createdAt) {

    public boolean isAnswer() {
        return "answer".equals(kind);
    }
}
