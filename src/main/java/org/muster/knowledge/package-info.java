/**
 * Knowledge that compounds: instant answers while asking, thread summaries, articles made from
 * threads, canonical answers and their review, collections, help rooms, and what search engines read
 * (structured data, sitemaps, robots).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge", allowedDependencies = {"platform",
        "platform :: events", "accounts :: api", "moderation :: api", "qa :: api", "qa :: events", "qa :: ports", "spaces :: api"})
package org.muster.knowledge;
