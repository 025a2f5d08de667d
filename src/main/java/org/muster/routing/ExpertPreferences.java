package org.muster.routing;

/**
 * A member's own limits on being asked for help: at most this many questions a week (null: no
 * maximum), or none at all while paused.
 */
record ExpertPreferences(Integer weeklyMaximum, boolean paused) {

    static final int MOST = 1000;

    static final ExpertPreferences NONE = new ExpertPreferences(null, false);
}
