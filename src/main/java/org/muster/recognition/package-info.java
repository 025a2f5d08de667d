/**
 * Recognition: reputation derived from the change feed (per day, space and tag, recomputable), ranks,
 * badges with Open Badges export, and leaderboards. Alone in making members champions
 * ({@code accounts :: champions}); derives its figures from posts read without a reader's checks
 * ({@code qa :: unchecked}), as only moderation besides may. Offers {@code recognition :: api} (reputation and badge awards, for
 * missions' eligibility) and {@code recognition :: events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition",
        allowedDependencies = {"platform", "platform :: events", "accounts :: api", "accounts :: champions", "spaces :: api", "qa :: api", "qa :: events", "qa :: ports", "qa :: unchecked", "moderation :: api", "moderation :: events"})
package org.muster.recognition;
