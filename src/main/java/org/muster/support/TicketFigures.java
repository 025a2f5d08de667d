package org.muster.support;

/** Response-time figures over the tickets opened in the last 30 days; times in minutes, null when none. */
record TicketFigures(int open, int pending, int solvedLast30Days, int openedLast30Days,
                            Double medianFirstResponseMinutes, Double medianSolveMinutes,
                            Double p90FirstResponseMinutes) {
}
