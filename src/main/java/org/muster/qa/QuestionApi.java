package org.muster.qa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Questions and answers")
class QuestionApi {

    private final QuestionService questions;
    private final AnswerService answers;
    private final PostService posts;

    QuestionApi(QuestionService questions, AnswerService answers, PostService posts) {
        this.questions = questions;
        this.answers = answers;
        this.posts = posts;
    }

    record Vote(int value) {
    }

    record Accept(Long answerId) {
    }

    @GetMapping("/api/v1/questions")
    @Operation(summary = "Questions the caller may see; sort newest|active|unanswered|unsolved|votes; next page with after=<next>")
    QuestionPage list(Actor actor, @RequestParam(required = false) String space,
                      @RequestParam(required = false) String sort, @RequestParam(required = false) String tag,
                      @RequestParam(required = false) Boolean solved, @RequestParam(required = false) String after,
                      @RequestParam(defaultValue = "30") int size) {
        return questions.list(actor, space, new QuestionQuery(sort, tag, solved, after, size));
    }

    @PostMapping("/api/v1/questions")
    @Operation(summary = "Ask: {space, title, body, tags, fields}")
    ResponseEntity<QuestionJson> ask(Actor actor, @Valid @RequestBody AskQuestion ask) {
        var question = questions.ask(actor, ask);
        return ResponseEntity.created(URI.create("/api/v1/questions/" + question.id()))
                .body(threadJson(actor, question.id()));
    }

    @GetMapping("/api/v1/questions/{id}")
    @Operation(summary = "A question with its answers and comments")
    QuestionJson get(Actor actor, @PathVariable long id) {
        return threadJson(actor, id);
    }

    @PatchMapping("/api/v1/questions/{id}")
    @Operation(summary = "Edit a question (author or champions); fields left out stay")
    QuestionJson edit(Actor actor, @PathVariable long id, @Valid @RequestBody EditPost edit) {
        questions.get(actor, id);
        posts.edit(actor, id, edit);
        return threadJson(actor, id);
    }

    @DeleteMapping("/api/v1/questions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Soft-delete a question (author or moderators)")
    void delete(Actor actor, @PathVariable long id) {
        questions.get(actor, id);
        posts.delete(actor, id, true);
    }

    @PostMapping("/api/v1/questions/{id}/answers")
    @Operation(summary = "Answer: {body}")
    ResponseEntity<QuestionJson.AnswerJson> answer(Actor actor, @PathVariable long id,
                                                   @Valid @RequestBody PostAnswer input) {
        var answer = answers.answer(actor, id, input);
        var json = threadJson(actor, id).answers().stream()
                .filter(a -> a.id() == answer.id()).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/answers/" + answer.id())).body(json);
    }

    @PatchMapping("/api/v1/answers/{id}")
    @Operation(summary = "Edit an answer: {body, comment}")
    Map<String, Integer> editAnswer(Actor actor, @PathVariable long id, @Valid @RequestBody EditPost edit) {
        return Map.of("revision", posts.edit(actor, id, edit));
    }

    @DeleteMapping("/api/v1/answers/{id}")
    @Operation(summary = "Soft-delete an answer (author or moderators)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAnswer(Actor actor, @PathVariable long id) {
        posts.delete(actor, id, true);
    }

    @PostMapping("/api/v1/posts/{id}/votes")
    @Operation(summary = "Vote on a question or answer: {value: 1 | -1 | 0 to withdraw}")
    Map<String, Integer> vote(Actor actor, @PathVariable long id, @RequestBody Vote vote) {
        return Map.of("score", posts.vote(actor, id, vote.value()), "value", vote.value());
    }

    @PostMapping("/api/v1/posts/{id}/helped")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a question or answer as \"this helped me\"")
    void helped(Actor actor, @PathVariable long id) {
        posts.markHelped(actor, id);
    }

    @PostMapping("/api/v1/posts/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a question or answer: {body}, 2 to 600 characters of plain text")
    Comment comment(Actor actor, @PathVariable long id, @Valid @RequestBody AddComment input) {
        return posts.comment(actor, id, input);
    }

    @DeleteMapping("/api/v1/comments/{id}")
    @Operation(summary = "Delete a comment (author or moderators)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteComment(Actor actor, @PathVariable long id) {
        posts.deleteComment(actor, id);
    }

    @GetMapping("/api/v1/posts/{id}/revisions")
    @Operation(summary = "Every version of a post, oldest first")
    List<Revision> revisions(Actor actor, @PathVariable long id) {
        return posts.revisions(actor, id);
    }

    @PostMapping("/api/v1/questions/{id}/accept")
    @Operation(summary = "Accept an answer (the asker or staff): {answerId}")
    QuestionJson accept(Actor actor, @PathVariable long id, @RequestBody Accept accept) {
        if (accept.answerId() == null) throw new org.muster.platform.Invalid("answerId", "answer.not-of-question");
        answers.accept(actor, id, accept.answerId());
        return threadJson(actor, id);
    }

    @DeleteMapping("/api/v1/questions/{id}/accept")
    @Operation(summary = "Take back the acceptance (the asker or staff)")
    QuestionJson unaccept(Actor actor, @PathVariable long id) {
        answers.unaccept(actor, id);
        return threadJson(actor, id);
    }

    @PostMapping("/api/v1/answers/{id}/validate")
    @Operation(summary = "Mark an answer as validated (official); staff and champions")
    QuestionJson.AnswerJson validate(Actor actor, @PathVariable long id) {
        return answerJson(actor, answers.validate(actor, id, true));
    }

    @DeleteMapping("/api/v1/answers/{id}/validate")
    @Operation(summary = "Withdraw a validation (staff and champions)")
    QuestionJson.AnswerJson unvalidate(Actor actor, @PathVariable long id) {
        return answerJson(actor, answers.validate(actor, id, false));
    }

    @PostMapping("/api/v1/questions/{id}/close")
    @Operation(summary = "Close (moderators): {reason: duplicate|off-topic|resolved-elsewhere, duplicateOf}")
    QuestionJson close(Actor actor, @PathVariable long id, @RequestBody CloseQuestion close) {
        questions.close(actor, id, close);
        return threadJson(actor, id);
    }

    @PostMapping("/api/v1/questions/{id}/canonical")
    @Operation(summary = "Make this question the canonical one of its cluster of duplicates (staff): it is reopened, the others become its duplicates")
    QuestionJson makeCanonical(Actor actor, @PathVariable long id) {
        questions.makeCanonical(actor, id);
        return threadJson(actor, id);
    }

    @PostMapping("/api/v1/questions/{id}/reopen")
    @Operation(summary = "Reopen a closed question (moderators)")
    QuestionJson reopen(Actor actor, @PathVariable long id) {
        questions.reopen(actor, id);
        return threadJson(actor, id);
    }

    @PostMapping("/api/v1/questions/{id}/lock")
    @Operation(summary = "Lock: no new answers or comments (moderators)")
    QuestionJson lock(Actor actor, @PathVariable long id) {
        questions.lock(actor, id, true);
        return threadJson(actor, id);
    }

    @DeleteMapping("/api/v1/questions/{id}/lock")
    @Operation(summary = "Unlock (moderators)")
    QuestionJson unlock(Actor actor, @PathVariable long id) {
        questions.lock(actor, id, false);
        return threadJson(actor, id);
    }

    @PostMapping("/api/v1/questions/{id}/pin")
    @Operation(summary = "Pin to the top of its space (moderators)")
    QuestionJson pin(Actor actor, @PathVariable long id) {
        questions.pin(actor, id, true);
        return threadJson(actor, id);
    }

    @DeleteMapping("/api/v1/questions/{id}/pin")
    @Operation(summary = "Unpin (moderators)")
    QuestionJson unpin(Actor actor, @PathVariable long id) {
        questions.pin(actor, id, false);
        return threadJson(actor, id);
    }

    @PostMapping("/api/v1/questions/{id}/watch")
    @Operation(summary = "Watch a question")
    Map<String, Boolean> watch(Actor actor, @PathVariable long id) {
        return Map.of("watching", questions.watch(actor, id, true));
    }

    @DeleteMapping("/api/v1/questions/{id}/watch")
    @Operation(summary = "Stop watching a question")
    Map<String, Boolean> unwatch(Actor actor, @PathVariable long id) {
        return Map.of("watching", questions.watch(actor, id, false));
    }

    private QuestionJson threadJson(Actor actor, long questionId) {
        return QuestionJson.of(questions.thread(actor, questionId));
    }

    private QuestionJson.AnswerJson answerJson(Actor actor, Answer answer) {
        return threadJson(actor, answer.questionId()).answers().stream()
                .filter(a -> a.id() == answer.id()).findFirst().orElseThrow();
    }
}
