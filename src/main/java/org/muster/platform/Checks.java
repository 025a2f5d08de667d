package org.muster.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every problem of one input, gathered before anything is refused, so a form shows them all at once
 * (at its top and beside each field) instead of one per attempt.
 */
public final class Checks {

    private final List<Invalid> found = new ArrayList<>();

    /** A parsed value, or null with its problem noted. */
    public <T> T read(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (Invalid problem) {
            found.addAll(problem.each());
            return null;
        }
    }

    public void check(boolean ok, String field, String key, Object... args) {
        if (!ok) found.add(new Invalid(field, key, args));
    }

    public void add(Invalid problem) {
        found.addAll(problem.each());
    }

    public void add(Checks others) {
        found.addAll(others.found);
    }

    /** Whether a problem was already noted on the field: a second one there would only repeat it. */
    public boolean failed(String field) {
        return found.stream().anyMatch(problem -> field.equals(problem.field()));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the input with every problem found, if any. */
    public void refuseIfAny() {
        if (!found.isEmpty()) throw Invalid.all(found);
    }
}
