package org.muster.moderation;

import org.muster.accounts.Standing;
import org.muster.qa.AuthorRecord;
import org.muster.qa.Comment;
import org.muster.qa.ModeratedPost;

import java.util.List;

/** What a reviewer sees of one item: the post, its author's standing and history, and who flagged it why. */
record QueueItem(Review review, ModeratedPost post, Comment comment, Standing author, AuthorRecord record,
                        List<FlagView> flags) {

    public record FlagView(String reason, String note, String flaggerName, long flaggerId, int weight) {
    }
}
