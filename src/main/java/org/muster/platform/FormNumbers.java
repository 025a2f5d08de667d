package org.muster.platform;

/** Whole numbers typed into forms: a wrong one is refused beside its field, never a 500. */
public final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * The field as its form names it (message "field.<name>"), so a refusal reads "Capacity must be a
     * whole number"; a field without a label is named as it is sent.
     */
    static org.springframework.context.MessageSourceResolvable label(String field) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[]{"field." + field}, field);
    }

    public static long parse(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, "form.number", label(field));
        }
    }

    /** An optional whole number: blank is null. */
    public static Long optional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }

    /** An optional decimal number such as a latitude: blank is null. */
    public static Double decimal(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            var number = Double.parseDouble(value.strip());
            if (!Double.isFinite(number)) throw new NumberFormatException();
            return number;
        } catch (NumberFormatException e) {
            throw new Invalid(field, "form.decimal", label(field));
        }
    }

    /** A date and time from a datetime-local field, read in the reader's time zone; blank is null. */
    public static java.time.Instant time(String field, String value, java.time.ZoneId zone) {
        if (value == null || value.isBlank()) return null;
        try {
            return java.time.LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new Invalid(field, "form.time", label(field));
        }
    }

    /** An optional whole number that fits in an int: blank is null. */
    public static Integer optionalInt(String field, String value) {
        var number = optional(field, value);
        if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) throw new Invalid(field, "form.number", label(field));
        return number == null ? null : number.intValue();
    }

    /** A date from a date field (YYYY-MM-DD); blank is null. */
    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Invalid(field, "form.date", label(field));
        }
    }
    /** Minor units are kept as a long; a hundred thousand million units of any currency is more than a form means. */
    private static final long MONEY_MAX = 100_000_000_000L;

    /**
     * An optional amount of money typed in the currency's own units in the reader's language ("12.50" in
     * English, "12,50" in Dutch, the code or symbol of the currency allowed around it), as minor units
     * (1250); blank is null. Refused beside its field: anything but digits, one decimal separator and
     * grouping in threes, more decimals than the currency has, a negative or a huge amount.
     * An unknown currency counts two decimals: the currency's own field says what is wrong with it.
     */
    public static Long money(String field, String value, String currency) {
        return money(field, value, currency, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public static Long money(String field, String value, String currency, java.util.Locale locale) {
        if (value == null || value.isBlank()) return null;
        var code = known(currency);
        int digits = code == null ? 2 : Math.max(0, code.getDefaultFractionDigits());
        var symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getMonetaryDecimalSeparator();
        var example = java.math.BigDecimal.valueOf(1250, digits).toPlainString().replace('.', decimal);
        var refusal = new Invalid(field, "form.money", example, code == null ? "" : code.getCurrencyCode());
        var text = value.strip();
        if (text.length() > 40) throw refusal;
        if (code != null) text = strip(strip(text, code.getCurrencyCode()), code.getSymbol(locale));
        var grouping = new StringBuilder();
        var whole = new StringBuilder();
        String fraction = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (fraction != null) fraction += c;
                else whole.append(c);
            } else if (c == decimal && fraction == null && !whole.isEmpty()) {
                fraction = "";
            } else if (fraction == null && !whole.isEmpty() && isGrouping(c, decimal)) {
                grouping.append(whole.length()).append(',');
            } else {
                throw refusal;
            }
        }
        if (whole.isEmpty() || !groupedInThrees(grouping.toString(), whole.length())) throw refusal;
        if (fraction != null && (fraction.isEmpty() || fraction.length() > digits)) throw refusal;
        var amount = new java.math.BigDecimal(whole + (fraction == null ? "" : "." + fraction)).movePointRight(digits);
        if (amount.compareTo(java.math.BigDecimal.valueOf(MONEY_MAX)) > 0) throw refusal;
        return amount.longValueExact();
    }

    private static java.util.Currency known(String currency) {
        try {
            return currency == null || currency.isBlank() ? null
                    : java.util.Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The currency's code or symbol typed before or after the amount. */
    private static String strip(String text, String mark) {
        if (text.startsWith(mark)) return text.substring(mark.length()).strip();
        if (text.endsWith(mark)) return text.substring(0, text.length() - mark.length()).strip();
        return text;
    }

    /** Dots, commas (whichever is not the decimal separator), apostrophes and spaces group thousands. */
    private static boolean isGrouping(char c, char decimal) {
        return c != decimal && (c == '.' || c == ',' || c == '\'' || c == '\u2019' || Character.isSpaceChar(c));
    }

    /** Grouping marks sit after the first one to three digits and then every three. */
    private static boolean groupedInThrees(String marks, int digits) {
        if (marks.isEmpty()) return true;
        var at = java.util.Arrays.stream(marks.split(",")).mapToInt(Integer::parseInt).toArray();
        if (at[0] < 1 || at[0] > 3) return false;
        for (int i = 1; i < at.length; i++) if (at[i] - at[i - 1] != 3) return false;
        return digits - at[at.length - 1] == 3;
    }
}
