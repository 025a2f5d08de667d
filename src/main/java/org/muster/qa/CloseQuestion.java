package org.muster.qa;

/** Why a question is closed: duplicate (of a given question), off-topic or resolved-elsewhere. */
public record CloseQuestion(String reason, Long duplicateOf) {
}
