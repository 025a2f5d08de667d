/**
 * Escalation to official support: tickets (open, pending, solved) visible to staff and the asker,
 * escalation by members, staff, rules and the response-time ladder's last step, signed webhooks out to a help desk
 * through a durable outbox, and the signed inbound webhook that brings the agent's reply back to the
 * thread as a validated answer. Offers other modules only {@code support :: events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support", allowedDependencies = {"platform", "platform :: events", "accounts :: api", "spaces :: api", "qa :: api", "qa :: events", "moderation :: api"})
package org.muster.support;
