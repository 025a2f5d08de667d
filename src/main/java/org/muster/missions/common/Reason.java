package org.muster.missions.common;

import org.springframework.context.MessageSourceResolvable;

import java.util.List;

/**
 * Why a member may not join a mission: a message key and its arguments, rendered in each reader's
 * language where it is shown (pages through the message bundle, the API in the Accept-Language asked).
 */
public record Reason(String key, List<Object> args) implements MessageSourceResolvable {

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /** All the reasons as one message ("a; b; c"), for a refusal that names them. */
    public static MessageSourceResolvable joined(List<Reason> reasons) {
        if (reasons.size() == 1) return reasons.getFirst();
        return of("mission.reasons.and", reasons.getFirst(), joined(reasons.subList(1, reasons.size())));
    }

    @Override
    public String[] getCodes() {
        return new String[]{key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }
}
