/**
 * Recognition: reputation derived from the change feed (per day, space and tag, recomputable), ranks,
 * badges with Open Badges export, and leaderboards. Alone in making members champions
 * ({@code accounts :: champions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition",
        allowedDependencies = {"platform", "accounts", "accounts :: champions", "spaces", "qa", "qa :: ports", "moderation"})
package org.muster.recognition;
