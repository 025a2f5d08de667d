package org.muster.qa;

/** A tag as one reader sees it: {@code questionCount} counts the live questions he may read. */
record Tag(long id, String name, String description, int questionCount) {
}
