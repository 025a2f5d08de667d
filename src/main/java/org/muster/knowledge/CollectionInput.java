package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

/** A collection's title (3-150 characters) and description (Markdown, at most 5,000 characters). */
@NamedInterface("api")
public record CollectionInput(String title, String description) {
}
