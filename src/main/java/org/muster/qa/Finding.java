package org.muster.qa;

import org.springframework.modulith.NamedInterface;

/** A secret or a piece of personal data found in a text, by kind and position; [start, end) in chars. */
@NamedInterface("ports")
public record Finding(String kind, String label, int start, int end) {
}
