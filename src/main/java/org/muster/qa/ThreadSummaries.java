package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.util.Optional;

/**
 * The short "what solved it" summary at the top of a solved thread. Q&A asks through this; the knowledge
 * module, which writes and keeps the summaries, answers.
 */
@NamedInterface("ports")
public interface ThreadSummaries {

    /** The summary of a question the reader may see (the caller has checked), or empty when it has none. */
    Optional<Shown> shown(Actor reader, Question question);

    /**
     * A summary as the thread shows it.
     *
     * @param html         sanitized HTML of the summary
     * @param text         its plain words, for the page's description
     * @param editedBy     who edited it last, null while it is as computed
     * @param outdated     edited, and the solution changed since: the edit may no longer match it
     * @param confirmation the asker's words saying it worked, or null
     * @param editable     whether the reader may edit it
     */
    record Shown(String html, String text, String editedBy, Instant editedAt, boolean outdated, String confirmation, boolean editable) {
    }
}
