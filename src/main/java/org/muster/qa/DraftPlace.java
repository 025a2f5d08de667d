package org.muster.qa;

import org.muster.platform.NotFound;

import java.util.regex.Pattern;

/**
 * Where a draft will be posted: asking in a space (key: its slug, or "any" on the ask page before a
 * space is chosen), answering a question, commenting on a post or editing a post (key: its id).
 */
record DraftPlace(String kind, String key) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,18}");
    static final String ANY_SPACE = "any";

    /** The place named in an address; anything else is a place that does not exist. */
    static DraftPlace of(String kind, String key) {
        var valid = switch (kind == null ? "" : kind) {
            case "question" -> key != null && SLUG.matcher(key).matches();
            case "answer", "comment", "edit" -> key != null && ID.matcher(key).matches();
            default -> false;
        };
        if (!valid) throw new NotFound();
        return new DraftPlace(kind, key);
    }

    static DraftPlace asking(String spaceSlug) {
        return new DraftPlace("question", spaceSlug == null || spaceSlug.isBlank() ? ANY_SPACE : spaceSlug.strip());
    }

    static DraftPlace answering(long questionId) {
        return new DraftPlace("answer", Long.toString(questionId));
    }

    static DraftPlace commenting(long postId) {
        return new DraftPlace("comment", Long.toString(postId));
    }

    static DraftPlace editing(long postId) {
        return new DraftPlace("edit", Long.toString(postId));
    }

    long id() {
        return Long.parseLong(key);
    }

    /** How the place is stored and named in the API. */
    String name() {
        return kind + ":" + key;
    }

    /** The address of the draft's own endpoint on the pages, e.g. /drafts/answer/12. */
    String path() {
        return "/drafts/" + kind + "/" + key;
    }
}
