package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/** Why a question is closed: duplicate (of a given question), off-topic or resolved-elsewhere. */
@NamedInterface("api")
public record CloseQuestion(String reason, Long duplicateOf) {
}
