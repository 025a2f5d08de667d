package org.muster.routing;

import org.muster.platform.FormNumbers;

/** The ladder settings form: hours as typed, blank leaves a step out. */
record LadderForm(String morePeers, String champions, String staffQueue, String escalation) {

    static LadderForm of(Ladder ladder) {
        return new LadderForm(text(ladder.morePeers()), text(ladder.champions()), text(ladder.staffQueue()),
                text(ladder.escalation()));
    }

    Ladder toLadder() {
        return new Ladder(hours("morePeers", morePeers), hours("champions", champions), hours("staffQueue", staffQueue),
                hours("escalation", escalation));
    }

    private static Integer hours(String field, String value) {
        var hours = FormNumbers.optional(field, value);
        if (hours == null) return null;
        // Out of int range is as wrong as any other number beyond a year; the settings refuse it with the same message.
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, hours));
    }

    private static String text(Integer hours) {
        return hours == null ? "" : hours.toString();
    }
}
