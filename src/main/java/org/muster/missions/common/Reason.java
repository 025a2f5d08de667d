package org.muster.missions.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.context.MessageSourceResolvable;

import java.util.List;

/**
 * Why a member may not join a mission, or why a peer was proposed: a message key and its arguments,
 * rendered in each reader's language where it is shown (pages through the message bundle, the API in
 * the Accept-Language asked, mail in the recipient's). As JSON it is just {key, args}.
 */
public record Reason(String key, List<Object> args) implements MessageSourceResolvable {

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /** All the reasons as one message ("a; b; c"), for a refusal that names them. */
    public static MessageSourceResolvable joined(List<Reason> reasons) {
        return joined("mission.reasons.and", reasons);
    }

    /** All the reasons as one message, each pair joined by the message {@code and} ("{0}; {1}"). */
    public static MessageSourceResolvable joined(String and, List<Reason> reasons) {
        if (reasons.size() == 1) return reasons.getFirst();
        return of(and, reasons.getFirst(), joined(and, reasons.subList(1, reasons.size())));
    }

    @Override
    @JsonIgnore
    public String[] getCodes() {
        return new String[]{key};
    }

    @Override
    @JsonIgnore
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    @JsonIgnore
    public String getDefaultMessage() {
        return key;
    }
}
