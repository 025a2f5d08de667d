package org.muster.platform;

import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;

public final class Invalid extends MusterException {

    private final transient List<Invalid> others;

    public Invalid(String field, String key, Object... args) {
        super(field, key, args);
        this.others = List.of();
    }

    private Invalid(Invalid first, List<Invalid> others) {
        super(first.field(), first.key(), first.args());
        this.others = List.copyOf(others);
    }

    /** Several problems found in one input: the first, carrying the others, so a form can show them all at once. */
    public static Invalid all(List<Invalid> found) {
        var each = new ArrayList<Invalid>();
        for (var problem : found) each.addAll(problem.each());
        return each.size() == 1 ? each.getFirst() : new Invalid(each.getFirst(), each.subList(1, each.size()));
    }

    /** This problem and the others found with it. */
    public List<Invalid> each() {
        if (others.isEmpty()) return List.of(this);
        var each = new ArrayList<Invalid>();
        each.add(new Invalid(field(), key(), args()));
        each.addAll(others);
        return each;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
