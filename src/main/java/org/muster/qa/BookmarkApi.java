package org.muster.qa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bookmarks")
class BookmarkApi {

    private final Bookmarks bookmarks;

    BookmarkApi(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @GetMapping("/api/v1/bookmarks")
    @Operation(summary = "The caller's bookmarks, newest first, of posts the caller may still see; the next page with page=<next>")
    Bookmarks.Page list(Actor actor, @RequestParam(defaultValue = "0") int page) {
        return bookmarks.list(actor, page);
    }

    @PutMapping("/api/v1/bookmarks/{postId}")
    @Operation(summary = "Bookmark a question or answer the caller may see; doing it again changes nothing")
    Bookmark bookmark(Actor actor, @PathVariable long postId) {
        return bookmarks.bookmark(actor, postId);
    }

    @DeleteMapping("/api/v1/bookmarks/{postId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a bookmark; removing one that is not there changes nothing")
    void remove(Actor actor, @PathVariable long postId) {
        bookmarks.remove(actor, postId);
    }
}
