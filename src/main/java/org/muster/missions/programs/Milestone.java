package org.muster.missions.programs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of a program's plan, with who owns it and when it is due. ownerPartnerId: the partner whose
 * people may update it (null: staff only); note: the latest word on its progress.
 */
public record Milestone(long id, long programId, String title, String owner, LocalDate dueOn, Instant doneAt, Long ownerPartnerId,
                        String note) {
}
