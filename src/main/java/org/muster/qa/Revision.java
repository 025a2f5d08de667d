package org.muster.qa;

import java.time.Instant;
import java.util.List;

/** One version of a post, as it was after an edit (revision 1 is the original). */
record Revision(long postId, int revision, Long authorId, String title, String body, List<String> tags,
                       String fields, String comment, Instant createdAt) {
}
