/**
 * Start-up, the embedded PostgreSQL, security, errors, mail, rate limits and the page layout:
 * what every other module stands on. Depends on no other Muster module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.muster.platform;
