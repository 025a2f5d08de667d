package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;

/**
 * Instant answers shown on one UTC day in one space, and how many of those the members said solved
 * their question, declined (asked anyway) or left unanswered; the rest were replaced by another one the
 * member took, or are still open.
 */
@NamedInterface("api")
public record InstantAnswerDay(LocalDate day, long spaceId, long shown, long solved, long declined, long left) {
}
