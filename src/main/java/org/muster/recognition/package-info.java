/**
 * Recognition: reputation derived from the change feed (per day, space and tag, recomputable), ranks,
 * badges with Open Badges export, and leaderboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition",
        allowedDependencies = {"platform", "accounts", "spaces", "qa", "moderation"})
package org.muster.recognition;
