/**
 * Members: sign-up, e-mail verification, sign-in, password reset, profiles, roles, personal API
 * tokens and the first admin. Other modules use {@link org.muster.accounts.Members}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "platform")
package org.muster.accounts;
