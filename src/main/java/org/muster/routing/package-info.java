/**
 * Nobody waits unseen: notifications (in-app, e-mail at once, daily and weekly digests) with a setting
 * per kind, watches on questions, tags and spaces, mentions, expert routing of new questions, the
 * response-time ladder, live updates over server-sent events and outbound event webhooks. It follows
 * the change feed and asks the other modules' APIs what a recipient may still see when it delivers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing", allowedDependencies = {"platform",
        "accounts :: api", "accounts :: events", "knowledge :: api", "knowledge :: events", "missions :: api",
        "missions :: events", "moderation :: api", "moderation :: events", "platform :: events", "qa :: api",
        "qa :: events", "qa :: unchecked", "recognition :: api", "recognition :: events", "rewards :: events",
        "search :: api", "spaces :: api", "spaces :: events", "support :: api", "support :: events"})
package org.muster.routing;
