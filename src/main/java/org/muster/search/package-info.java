/**
 * Full-text and semantic search over questions and their answers, similar-question suggestions,
 * related questions and the log of searches that found nothing. The Lucene index is derived from
 * PostgreSQL, kept per node by following the change feed, and rebuildable. Q&A reaches it
 * through its own port {@code qa :: ports} ({@code RelatedQuestions}); routing reads earlier similar
 * questions through {@code search :: api} ({@code EarlierQuestions}); knowledge asks how close the
 * nearest questions are for instant answers through its port {@code knowledge :: ports}
 * ({@code ClosestQuestions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"platform", "spaces :: api", "qa :: api", "qa :: events", "qa :: ports", "knowledge :: ports"})
package org.muster.search;
