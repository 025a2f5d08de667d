package org.muster.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import org.muster.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Articles")
class ArticleApi {

    private final ArticleService articles;
    private final RecurringQuestions recurring;

    ArticleApi(ArticleService articles, RecurringQuestions recurring) {
        this.articles = articles;
        this.recurring = recurring;
    }

    @GetMapping("/api/v1/articles")
    @Operation(summary = "Knowledge articles the caller may read, newest first, 30 a page: of one space with space=<slug>, "
            + "the next page with before=<next>")
    ArticleList list(@RequestParam(required = false) String space, @RequestParam(required = false) Long before, Actor actor) {
        return articles.list(actor, space, before);
    }

    @PostMapping("/api/v1/articles")
    @Operation(summary = "Staff: write an article {space, title, body (Markdown), tags, questions (the ids of the threads "
            + "it documents, at least one)}; the threads then show \"now documented in\"")
    ResponseEntity<Article> write(Actor actor, @RequestBody WriteArticle input) {
        var article = articles.write(actor, input);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id())).body(article);
    }

    @GetMapping("/api/v1/articles/{id}")
    @Operation(summary = "An article with its space, author and the threads it documents that the caller may read; 404 "
            + "when its space is not visible to the caller")
    ArticleView get(@PathVariable long id, Actor actor) {
        return articles.view(actor, id);
    }

    @PutMapping("/api/v1/articles/{id}")
    @Operation(summary = "Staff: edit an article {space (optional: stays), title, body, tags}; each edit is a revision, "
            + "the threads it documents stay")
    Article edit(@PathVariable long id, Actor actor, @RequestBody WriteArticle input) {
        return articles.edit(actor, id, input);
    }

    @GetMapping("/api/v1/articles/{id}/revisions")
    @Operation(summary = "An article's revisions, newest first, each with its editor and time")
    List<ArticleRevision> revisions(@PathVariable long id, Actor actor) {
        return articles.revisions(actor, id);
    }

    @GetMapping("/api/v1/articles/drafts")
    @Operation(summary = "Staff: an article prefilled from threads (questions=1,2) and the questions closed as their "
            + "duplicates: title and space of the first, the solutions' Markdown, the threads' tags")
    WriteArticle draft(@RequestParam List<Long> questions, Actor actor) {
        return articles.draft(actor, questions);
    }

    @GetMapping("/api/v1/articles/recurring")
    @Operation(summary = "Staff: recurring questions without an article, the most frequent first: each a question with "
            + "the questions closed as its duplicates")
    List<RecurringQuestions.Cluster> recurring(@RequestParam(required = false, defaultValue = "50") int limit, Actor actor) {
        return recurring.report(actor, limit);
    }
}
