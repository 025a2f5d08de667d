package org.muster.qa;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What moderation, recognition and routing read about posts and their authors, without a reader's checks:
 * they judge posts (routing: whom a post mentions or concerns, then asks {@link PostVisibility} for each
 * reader), not show them; so only they list its named interface {@code qa :: unchecked}. What
 * moderation does to posts is {@link ModerationActions}.
 */
@Service
@NamedInterface("unchecked")
public class PostModeration {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final ModerationRepository moderated;

    PostModeration(PostRepository posts, CommentRepository comments, ModerationRepository moderated) {
        this.posts = posts;
        this.comments = comments;
        this.moderated = moderated;
    }

    @Transactional(readOnly = true)
    public Optional<ModeratedPost> post(long postId) {
        return moderated.posts(List.of(postId)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, ModeratedPost> posts(Collection<Long> postIds) {
        return moderated.posts(postIds).stream()
                .collect(java.util.stream.Collectors.toMap(ModeratedPost::id, p -> p));
    }

    @Transactional(readOnly = true)
    public Optional<Comment> comment(long commentId) {
        return comments.find(commentId);
    }

    /** The body of one revision of a question or answer (1 is the original), as it was written. */
    @Transactional(readOnly = true)
    public Optional<String> revisionBody(long postId, int revision) {
        return posts.revisions(postId).stream().filter(r -> r.revision() == revision).map(Revision::body).findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, AuthorRecord> authorRecords(Collection<Long> authorIds) {
        return moderated.authorRecords(authorIds, null);
    }

    /** What the authors posted in these spaces only: a reader's view counts what he may read. */
    @Transactional(readOnly = true)
    public Map<Long, AuthorRecord> authorRecords(Collection<Long> authorIds, Collection<Long> spaceIds) {
        return moderated.authorRecords(authorIds, spaceIds);
    }

    /**
     * Live answers per author in these spaces, for the rank beside every author's name: one indexed
     * count, rather than the whole record with its accepted answers, on every page.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> answerCounts(Collection<Long> authorIds, Collection<Long> spaceIds) {
        return moderated.answerCounts(authorIds, spaceIds);
    }

    /** Live posts by the author: the first few of a new member get stricter checks. */
    @Transactional(readOnly = true)
    public int livePostCount(long authorId) {
        return posts.countLive(authorId);
    }
}
