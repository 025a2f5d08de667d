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
}
