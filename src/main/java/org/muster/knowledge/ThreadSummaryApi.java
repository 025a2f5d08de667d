package org.muster.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Thread summaries")
class ThreadSummaryApi {

    private final ThreadSummaryService summaries;

    ThreadSummaryApi(ThreadSummaryService summaries) {
        this.summaries = summaries;
    }

    record SummaryInput(String body) {
    }

    /** A summary as the API gives it; {@code editedBy} is null while it is as computed. */
    record SummaryJson(long questionId, String body, String html, String confirmation, Long editedBy,
                       Instant editedAt, boolean outdated, Instant updatedAt) {
        static SummaryJson of(ThreadSummary s) {
            return new SummaryJson(s.questionId(), s.body(), s.bodyHtml(), s.confirmation(), s.editedBy(), s.editedAt(),
                    s.outdated(), s.updatedAt());
        }
    }

    @GetMapping("/api/v1/questions/{id}/summary")
    @Operation(summary = "The \"what solved it\" summary of a question the reader may see: the key steps of its accepted "
            + "or validated answers (Markdown and sanitized HTML) and the asker's confirmation, computed for threads with "
            + "3 answers or more and a solution; edited marks who and when, outdated that the solution changed since the "
            + "edit. 404 when the question is not visible or has no summary")
    SummaryJson get(@PathVariable long id, Actor actor) {
        return SummaryJson.of(summaries.get(actor, id));
    }

    @PutMapping("/api/v1/questions/{id}/summary")
    @Operation(summary = "Rewrite a question's summary (Markdown, 10 to 2000 characters): staff, or champions of one of "
            + "the question's tags; 403 for anyone else, 409 when the thread has no summary. The edit stays until the thread "
            + "has no solution; when its solution changes it is marked outdated")
    SummaryJson edit(@PathVariable long id, @RequestBody SummaryInput input, Actor actor) {
        return SummaryJson.of(summaries.edit(actor, id, input == null ? null : input.body()));
    }
}
