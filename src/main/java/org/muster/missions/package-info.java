/**
 * Missions: programs with budgets, partners and sponsor pools, and the missions members join: tasks
 * with proof, shifts with slots and attendance, matches between customers' requests and peers, and
 * challenges counted from community events. Eligibility comes with reasons; rewards are paid from the
 * program's budget through the rewards ledger; reliability is visible to all.
 * <p>
 * This package is what other modules may use: the events missions records on the change feed
 * ({@code missions :: events}). The
 * rest is internal, one sub-package per kind ({@code tasks}, {@code shifts}, {@code matching},
 * {@code challenges}), {@code programs} for programs and partners, and {@code common} for what every
 * kind shares: missions and their eligibility, peer profiles, reliability, and {@code Completions},
 * the one place a mission is completed and paid.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions",
        allowedDependencies = {"platform", "platform :: events", "accounts :: api", "rewards :: api", "recognition :: api", "moderation :: api"})
package org.muster.missions;
