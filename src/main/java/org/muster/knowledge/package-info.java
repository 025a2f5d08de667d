/**
 * Knowledge that compounds: instant answers while asking, thread summaries, articles made from
 * threads, canonical answers and their review, collections, help rooms, and what search engines read
 * (structured data, sitemaps, robots).
 *
 * <p>Instant answers: knowledge answers Q&A's port {@code InstantAnswers} (the ask form's offer), reads
 * solved threads through {@code qa :: api}, asks search how close questions are through its own port
 * {@code knowledge :: ports} ({@code ClosestQuestions}), and gives insights its signals through
 * {@code knowledge :: api} ({@code InstantAnswerSignals}) and {@code knowledge :: events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge", allowedDependencies = {"platform",
        "accounts :: api", "moderation :: api", "platform :: events", "qa :: api", "qa :: events", "qa :: ports",
        "spaces :: api", "spaces :: events"})
package org.muster.knowledge;
