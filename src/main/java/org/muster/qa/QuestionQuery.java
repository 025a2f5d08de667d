package org.muster.qa;

/**
 * What a list asks for: a sort (newest, active, unanswered, unsolved, votes), an optional tag and
 * solved filter, and the cursor of the page before (keyset pagination, so deep pages stay fast).
 */
record QuestionQuery(String sort, String tag, Boolean solved, String after, int size) {

    public static final int DEFAULT_SIZE = 30;

    public QuestionQuery {
        sort = sort == null || sort.isBlank() ? "newest" : sort;
        size = size <= 0 || size > 100 ? DEFAULT_SIZE : size;
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        after = after == null || after.isBlank() ? null : after;
    }
}
