package org.muster.qa;

/** A secret or a piece of personal data found in a text, by kind and position; [start, end) in chars. */
public record Finding(String kind, String label, int start, int end) {
}
