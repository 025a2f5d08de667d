/**
 * Rewards: a double-entry, append-only ledger of points (and cash in minor units), idempotent
 * postings, earnings held as pending before they become available, a catalog with stock and
 * discount-code pools, and redemptions that never oversell or overdraw.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rewards", allowedDependencies = {"platform", "accounts"})
package org.muster.rewards;
