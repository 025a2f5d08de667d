package org.muster.insights;

/** A share between 0 and 1, or null when there is nothing to take it of: never a 0 % over no questions. */
final class Shares {

    private Shares() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
