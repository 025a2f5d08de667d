/**
 * Questions, answers, comments, votes, accepted and validated answers, tags, revisions, views,
 * watches and "this helped me". Publishes a domain event for every change.
 *
 * <p>Other modules use its named interfaces: {@code qa :: api} (the services and records they call),
 * {@code qa :: events}, {@code qa :: ports}, what Q&A asks other modules to answer ({@link org.muster.qa.PostGuard} by
 * moderation, {@link org.muster.qa.RelatedQuestions} by search, {@link org.muster.qa.InstantAnswers} by knowledge, {@link org.muster.qa.AuthorLabels}
 * by recognition), {@code qa :: moderation}, what only moderation may do to posts
 * ({@link org.muster.qa.ModerationActions}), and {@code qa :: unchecked}, what only moderation,
 * recognition and routing (whom a post mentions or concerns, each recipient then checked) may read without a reader's checks ({@link org.muster.qa.PostModeration},
 * {@link org.muster.qa.ImportedPosts}), and {@code qa :: facts}, what only insights derives its figures from
 * ({@link org.muster.qa.QuestionFacts}, {@link org.muster.qa.Contributions}). The Stack Exchange import ({@code qa.importing}) is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Q&A", allowedDependencies = {"platform", "platform :: events", "accounts :: api", "spaces :: api", "spaces :: events"})
package org.muster.qa;
