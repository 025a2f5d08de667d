/**
 * Insights: whether the peer army works. Support effectiveness, community health, search and
 * self-service, help-desk volume, the peer army's missions and rewards, and cohorts, each over a
 * chosen period compared with the one before, with its definition beside it. Figures are derived:
 * insights keeps its own facts and daily totals, followed from the change feed by cluster-wide
 * subscribers and rebuilt from scratch by {@code muster insights rebuild}. Staff only; a space's
 * figures only for staff who may see the space.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights", allowedDependencies = {"platform",
        "accounts :: api", "accounts :: events", "knowledge :: api", "knowledge :: events", "missions :: api", "missions :: events", "moderation :: api",
        "moderation :: events", "platform :: events", "qa :: api", "qa :: events", "qa :: facts",
        "rewards :: events", "routing :: backlog", "search :: api", "spaces :: api", "support :: events",
        "support :: tickets"})
package org.muster.insights;
