package org.muster.qa;

import java.time.Instant;

/** What a member was writing somewhere and has not posted: title and tags only when asking or editing a question. */
record SavedDraft(String place, String title, String body, String tags, Instant updatedAt) {
}
