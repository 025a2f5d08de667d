package org.muster.insights;

/** A part of a whole between 0 and 1; null when there is no whole to take a share of. */
final class Shares {

    private Shares() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
