/**
 * Questions, answers, comments, votes, accepted and validated answers, tags, revisions, views,
 * watches and "this helped me". Publishes a domain event for every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Q&A", allowedDependencies = {"platform", "accounts", "spaces"})
package org.muster.qa;
