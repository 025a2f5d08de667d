package org.muster.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.muster.qa.SimilarQuestion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Search")
class SearchApi {

    private final SearchService search;
    private final SimilarQuestions similar;

    SearchApi(SearchService search, SimilarQuestions similar) {
        this.search = search;
        this.similar = similar;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search questions the caller may see: words, \"phrases\", -word, tag:, space:, author:, "
            + "is:solved|unsolved|unanswered; 20 a page, with facets; an empty q lists recent questions")
    SearchResults search(@RequestParam(required = false, defaultValue = "") String q,
                         @RequestParam(required = false, defaultValue = "1") int page, Actor actor) {
        return search.search(actor, q, page);
    }

    @PostMapping("/api/v1/searches/{searchKey}/opened")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that a result of a search was opened, so it does not count as a gap; searchKey is the "
            + "secret its results gave the searcher (anything else changes nothing), question the id of the question opened; "
            + "only the first opening within an hour of the search counts")
    void opened(@PathVariable String searchKey, @RequestParam(required = false) Long question) {
        search.opened(searchKey, question);
    }

    @GetMapping("/api/v1/search/gaps")
    @Operation(summary = "Staff: searches that found nothing or whose results nobody opened, most pressing first")
    List<SearchGap> gaps(@RequestParam(required = false, defaultValue = "100") int limit, Actor actor) {
        return search.gaps(actor, limit);
    }

    @GetMapping("/api/v1/questions/similar")
    @Operation(summary = "Questions like one being asked (title and body so far), most similar first, with solved marks")
    List<SimilarQuestion> similar(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
                                  @RequestParam(required = false, defaultValue = "5") int limit, Actor actor) {
        return similar.similar(actor, title, body, limit);
    }

    @GetMapping("/api/v1/questions/{id}/related")
    @Operation(summary = "Questions related to a question the caller may see")
    List<SimilarQuestion> related(@PathVariable long id, @RequestParam(required = false, defaultValue = "5") int limit, Actor actor) {
        return similar.related(actor, id, limit);
    }
}
