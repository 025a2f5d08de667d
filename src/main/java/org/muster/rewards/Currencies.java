package org.muster.rewards;

import org.muster.platform.Invalid;
import org.springframework.modulith.NamedInterface;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Cash currencies by ISO code; amounts are kept in minor units. Points are not a currency here. */
@NamedInterface("api")
public final class Currencies {

    private Currencies() {
    }

    /** The ISO code of a currency the JDK knows; 400 on the named field otherwise. */
    public static String iso(String value, String field) {
        var code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3) return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException ignored) {
            // falls through to the field error
        }
        throw new Invalid(field, "rewards.currency", value);
    }

    /** Minor units as a decimal amount, e.g. 1250 EUR → 12.50. */
    public static String decimal(long minor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
