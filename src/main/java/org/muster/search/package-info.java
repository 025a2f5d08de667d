/**
 * Full-text and semantic search over questions and their answers, similar-question suggestions,
 * related questions and the log of searches that found nothing. The Lucene index is derived from
 * PostgreSQL, kept per node by following the change feed, and rebuildable. It offers no named
 * interface: Q&A reaches it through its own port {@code qa :: ports} ({@code RelatedQuestions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"platform", "spaces :: api", "qa :: api", "qa :: events", "qa :: ports"})
package org.muster.search;
