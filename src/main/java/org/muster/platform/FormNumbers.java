package org.muster.platform;

/** Whole numbers typed into forms: a wrong one is refused beside its field, never a 500. */
public final class FormNumbers {

    private FormNumbers() {
    }

    public static long parse(String field, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, "form.number", field);
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
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, "form.number", field);
        }
    }

    /** A date and time from a datetime-local field, read in the reader's time zone; blank is null. */
    public static java.time.Instant time(String field, String value, java.time.ZoneId zone) {
        if (value == null || value.isBlank()) return null;
        try {
            return java.time.LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new Invalid(field, "form.time", field);
        }
    }

    /** An optional whole number that fits in an int: blank is null. */
    public static Integer optionalInt(String field, String value) {
        var number = optional(field, value);
        if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) throw new Invalid(field, "form.number", field);
        return number == null ? null : number.intValue();
    }

    /** A date from a date field (YYYY-MM-DD); blank is null. */
    public static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Invalid(field, "form.date", field);
        }
    }
}
