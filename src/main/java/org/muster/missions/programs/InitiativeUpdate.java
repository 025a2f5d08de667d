package org.muster.missions.programs;

import java.time.Instant;

/** A short post on a program's initiative; html is the sanitised rendering of its Markdown, filled in for pages. */
public record InitiativeUpdate(long id, long programId, Long partnerId, long authorId, String authorName, String body, String html,
                               Instant createdAt) {

    InitiativeUpdate shown(String name, String rendered) {
        return new InitiativeUpdate(id, programId, partnerId, authorId, name, body, rendered, createdAt);
    }
}
