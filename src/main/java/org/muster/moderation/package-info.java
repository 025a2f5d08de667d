/**
 * Trust and safety: flags and the review queue, spam checks and held posts, trust levels and
 * posting limits, sanctions, privacy redaction of secrets and personal data, the audit log and the
 * community guidelines. Checks every post before Q&A stores it, through Q&A's {@code PostGuard}.
 * Alone in hiding and redacting posts ({@code qa :: moderation}) and setting trust and sanctions
 * ({@code accounts :: standing}); reads posts and their authors without a reader's checks
 * ({@code qa :: unchecked}), as only recognition besides may. Offers {@code moderation :: api} (redaction, flags, settings) and
 * {@code moderation :: events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation",
        allowedDependencies = {"platform", "platform :: events", "accounts :: api", "accounts :: standing", "spaces :: api", "qa :: api", "qa :: events", "qa :: moderation", "qa :: ports", "qa :: unchecked"})
package org.muster.moderation;
