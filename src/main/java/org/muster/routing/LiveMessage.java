package org.muster.routing;

import java.util.Optional;

/**
 * One change as it travels between nodes in a NOTIFY payload: {@code q:12:answers} (question 12, its
 * answers), {@code q:*:recheck} (every question and room), {@code m:42} (a notification for member 42) or
 * {@code r:7} (the help room of space 7, its messages). Ids and a part's name only.
 */
record LiveMessage(Long questionId, Long memberId, Long roomId, LiveChange change) {

    static LiveMessage question(long questionId, LiveChange change) {
        return new LiveMessage(questionId, null, null, change);
    }

    /** The help room of the space: its messages changed. */
    static LiveMessage room(long spaceId) {
        return new LiveMessage(null, null, spaceId, LiveChange.MESSAGES);
    }

    /** Every question's readers check again whether they may still see it (a space's visibility changed). */
    static LiveMessage recheckEveryQuestion() {
        return new LiveMessage(null, null, null, LiveChange.RECHECK);
    }

    static LiveMessage member(long memberId) {
        return new LiveMessage(null, memberId, null, LiveChange.NOTIFICATIONS);
    }

    String payload() {
        if (memberId != null) return "m:" + memberId;
        if (roomId != null) return "r:" + roomId;
        return "q:" + (questionId != null ? questionId.toString() : "*") + ":" + change.eventName();
    }

    /** Empty for a payload this version does not know, e.g. from a newer node during an upgrade. */
    static Optional<LiveMessage> parse(String payload) {
        var parts = payload.split(":");
        try {
            if (parts.length == 3 && parts[0].equals("q") && parts[1].equals("*") && parts[2].equals(LiveChange.RECHECK.eventName()))
                return Optional.of(recheckEveryQuestion());
            if (parts.length == 3 && parts[0].equals("q"))
                return LiveChange.named(parts[2]).map(change -> question(Long.parseLong(parts[1]), change));
            if (parts.length == 2 && parts[0].equals("m")) return Optional.of(member(Long.parseLong(parts[1])));
            if (parts.length == 2 && parts[0].equals("r")) return Optional.of(room(Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
