package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A member's bookmarks of questions and answers. Only posts the member may still see are listed or
 * bookmarked: a bookmark outlives a space turned private or a post deleted, but then shows nothing.
 */
@Service
public class Bookmarks {

    private static final int PAGE = 30;

    private final BookmarkRepository bookmarks;
    private final PostVisibility visibility;
    private final ApplicationEventPublisher events;

    Bookmarks(BookmarkRepository bookmarks, PostVisibility visibility, ApplicationEventPublisher events) {
        this.bookmarks = bookmarks;
        this.visibility = visibility;
        this.events = events;
    }

    /** Bookmarks a question or answer the member may see; bookmarking it again changes nothing. */
    @Transactional
    public Bookmark bookmark(Actor actor, long postId) {
        long memberId = actor.requireMember();
        if (visibility.visiblePosts(actor, List.of(postId)).isEmpty()) throw new NotFound();
        if (bookmarks.insert(memberId, postId)) events.publishEvent(new PostBookmarked(postId, memberId));
        return bookmarks.find(memberId, postId).orElseThrow(NotFound::new);
    }

    /** Removes the bookmark, if there is one; one of a post that went out of sight too. */
    @Transactional
    public void remove(Actor actor, long postId) {
        long memberId = actor.requireMember();
        if (bookmarks.delete(memberId, postId)) events.publishEvent(new BookmarkRemoved(postId, memberId));
    }

    /** A page of the member's bookmarks, newest first, of posts the member may still see; next is the next page's number. */
    public record Page(List<Bookmark> bookmarks, Integer next) {
    }

    @Transactional(readOnly = true)
    public Page list(Actor actor, int page) {
        long memberId = actor.requireMember();
        // Far beyond the last page is an empty page, not an offset that overflows.
        int at = Math.min(Math.max(0, page), 100_000);
        var listed = bookmarks.list(memberId, at * PAGE, PAGE + 1);
        var shown = listed.subList(0, Math.min(PAGE, listed.size()));
        var visible = visibility.visiblePosts(actor, shown.stream().map(Bookmark::postId).toList());
        return new Page(shown.stream().filter(b -> visible.contains(b.postId())).toList(),
                listed.size() > PAGE ? at + 1 : null);
    }
}
