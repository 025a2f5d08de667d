package org.muster.knowledge;

import java.time.Instant;

/** One row of knowledge_collections. */
record StoredCollection(long id, String title, String description, String descriptionHtml, Instant updatedAt) {
}
