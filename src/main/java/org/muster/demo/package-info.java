/** The demo community that {@code muster demo} loads through the other modules' services. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"platform", "accounts", "spaces", "qa"})
package org.muster.demo;
