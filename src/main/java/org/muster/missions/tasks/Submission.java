package org.muster.missions.tasks;

import java.time.Instant;

/**
 * A member's proof for a task mission (text, a link, an image), and where its review stands; reviewNote
 * is what the last review said (the reason of a rejection, what more is asked), empty when nothing.
 */
public record Submission(long id, long missionId, long memberId, String body, String link, String status,
                         Instant createdAt, Instant updatedAt, boolean hasImage, String reviewNote) {
}
