package org.muster.recognition;

import java.time.Instant;

record Badge(long id, String slug, String name, String description, String level, String kind, String tag,
                    Instant createdAt) {
}
