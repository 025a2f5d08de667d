/**
 * Rewards: a double-entry, append-only ledger of points (and cash in minor units), idempotent
 * postings, earnings held as pending before they become available, a catalog with stock and
 * discount-code pools, redemptions that never oversell or overdraw, merchandise fulfilment, program
 * budgets and partners' sponsor pools, and cash paid out in batches that staff confirm. Offers
 * {@code rewards :: api} ({@link org.muster.rewards.Rewards}, {@link org.muster.rewards.Currencies})
 * and {@code rewards :: events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rewards", allowedDependencies = {"platform", "platform :: events", "accounts :: api"})
package org.muster.rewards;
