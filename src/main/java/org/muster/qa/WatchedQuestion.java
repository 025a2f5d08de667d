package org.muster.qa;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;

/** A question a member watches, as the list of what they watch shows it. */
@NamedInterface("api")
public record WatchedQuestion(long id, String title, Instant lastActivityAt) {

    public String slug() {
        return Question.slugOf(title);
    }
}
