package org.muster.platform;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal beside the form field it names, in the reader's language. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, MusterException refusal) {
        if (refusal.field() != null && isBindable(form, refusal.field()))
            form.rejectValue(refusal.field(), refusal.key(), refusal.args(), refusal.key());
        else
            form.reject(refusal.key(), refusal.args(), refusal.key());
    }

    /**
     * A form whose fields could not all be converted (text in a yes/no, list or file field: only a
     * crafted request sends that) is not built, and its binding result has no form to put messages
     * beside: refused as bad input naming the first such field, rather than failing on the missing form.
     */
    public static void requireBuilt(Object form, BindingResult errors) {
        if (form != null && errors.getTarget() != null) return;
        var field = errors.getFieldError();
        throw new Invalid(field == null ? null : field.getField(), "error.parameter.type");
    }

    private static boolean isBindable(BindingResult form, String field) {
        try {
            form.getFieldType(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
