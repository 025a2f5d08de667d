/**
 * Full-text and semantic search over questions and their answers, similar-question suggestions,
 * related questions and the log of searches that found nothing. The Lucene index is derived from
 * PostgreSQL, kept per node by following the change feed, and rebuildable. Q&A reaches it
 * through its own port {@code qa :: ports} ({@code RelatedQuestions}); routing reads earlier similar
 * questions through {@code search :: api} ({@code EarlierQuestions}). Knowledge articles are indexed beside
 * the questions from knowledge's events and ranked with them in search results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"platform",
        "knowledge :: api", "knowledge :: events", "knowledge :: ports", "qa :: api", "qa :: events", "qa :: ports",
        "spaces :: api"})
package org.muster.search;
