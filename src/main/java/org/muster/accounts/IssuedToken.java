package org.muster.accounts;

/**
 * A newly issued token: the only time its secret is shown. The settings page hands it to the next
 * page as a flash attribute, which lives in the (JDBC) session for that one redirect, hence serializable.
 */
public record IssuedToken(long id, String name, String token) implements java.io.Serializable {
}
