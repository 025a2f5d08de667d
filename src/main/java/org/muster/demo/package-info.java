/**
 * The demo community that {@code muster demo} loads through the other modules' services. It sets its
 * members' trust levels directly ({@code accounts :: standing}): a lived-in community, not a sanction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"platform", "accounts :: api", "accounts :: standing", "spaces :: api", "qa :: api"})
package org.muster.demo;
