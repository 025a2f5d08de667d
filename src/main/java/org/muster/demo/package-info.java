/**
 * The demo community that {@code muster demo} loads through the other modules' services. It sets its
 * members' trust levels directly ({@code accounts :: standing}): a lived-in community, not a sanction;
 * and it dates its threads back over months ({@code qa :: history}), since they are all written at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"platform", "accounts :: api", "accounts :: standing", "spaces :: api", "qa :: api",
                "qa :: history", "missions :: common", "missions :: programs", "missions :: shifts", "missions :: tasks",
                "missions :: matching", "moderation :: api", "knowledge :: api", "rewards :: api", "rewards :: catalog", "rewards :: payouts", "support :: tickets"})
package org.muster.demo;
