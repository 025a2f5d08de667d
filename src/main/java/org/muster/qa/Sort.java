package org.muster.qa;

import org.muster.platform.Invalid;

/** The list orders; each is backed by an index on (value desc, id desc). */
enum Sort {
    NEWEST("p.created_at", ""),
    ACTIVE("p.last_activity_at", ""),
    UNANSWERED("p.created_at", " and p.answer_count = 0"),
    UNSOLVED("p.created_at", " and not p.solved and p.status = 'open'"),
    VOTES("p.score", "");

    private final String column;
    private final String filter;

    Sort(String column, String filter) {
        this.column = column;
        this.filter = filter;
    }

    String column() {
        return column;
    }

    String filter() {
        return filter;
    }

    boolean isTime() {
        return this != VOTES;
    }

    static Sort of(String code) {
        try {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("sort", "question.list.sort", code);
        }
    }

    /** The cursor of a row as this sort orders it. */
    Cursor cursorOf(QuestionSummary q) {
        return switch (this) {
            case VOTES -> new Cursor(q.score(), q.id());
            case ACTIVE -> new Cursor(micros(q.lastActivityAt()), q.id());
            default -> new Cursor(micros(q.createdAt()), q.id());
        };
    }

    private static long micros(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }
}
