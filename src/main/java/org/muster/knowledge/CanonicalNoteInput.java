package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

/**
 * What staff or a champion note on a canonical answer: what it applies to (a product version, a date; free
 * text, blank for nothing) and the day it is to be reviewed (YYYY-MM-DD, blank for none).
 */
@NamedInterface("api")
public record CanonicalNoteInput(String appliesTo, String reviewOn) {
}
