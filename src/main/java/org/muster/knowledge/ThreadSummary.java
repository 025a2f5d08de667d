package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.time.Instant;

/**
 * A solved thread's summary: the key steps of its solution (Markdown, computed or edited), the asker's words
 * confirming it worked (null when there are none) and who edited it last (null while as computed);
 * {@code outdated} when edited and the solution changed since.
 */
@NamedInterface("api")
public record ThreadSummary(long questionId, String body, String bodyHtml, String confirmation, Long editedBy,
                            Instant editedAt, boolean outdated, Instant updatedAt) {
}
