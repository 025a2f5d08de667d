/**
 * Members: sign-up, e-mail verification, sign-in, password reset, profiles, roles, personal API
 * tokens and the first admin. Other modules use its named interfaces {@code accounts :: api}
 * ({@link org.muster.accounts.Members} and the records it returns) and {@code accounts :: events};
 * changes that check nothing themselves are named interfaces for their one caller: {@code accounts :: standing}
 * ({@link org.muster.accounts.MemberStandings}, moderation and the demo) and {@code accounts :: champions}
 * ({@link org.muster.accounts.ChampionRoles}, recognition).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"platform", "platform :: events"})
package org.muster.accounts;
