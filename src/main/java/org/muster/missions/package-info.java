/**
 * Missions: programs with budgets, and missions members join. So far the task flow: offer, check
 * eligibility (with reasons), submit proof, staff verify, reward from the program's budget.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions", allowedDependencies = {"platform", "accounts", "rewards"})
package org.muster.missions;
