/**
 * Missions: programs with budgets, partners and sponsor pools, and the missions members join: tasks
 * with proof, shifts with slots and attendance, matches between customers' requests and peers, and
 * challenges counted from community events. Eligibility comes with reasons; rewards are paid from the
 * program's budget through the rewards ledger; reliability is visible to all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions",
        allowedDependencies = {"platform", "accounts", "rewards", "recognition", "moderation"})
package org.muster.missions;
