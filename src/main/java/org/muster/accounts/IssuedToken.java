package org.muster.accounts;

/**
 * A newly issued token: the only time its secret is shown. The settings page shows it on the response
 * itself, so the secret is never stored in the (JDBC) session.
 */
public record IssuedToken(long id, String name, String token) {
}
