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

    private static boolean isBindable(BindingResult form, String field) {
        try {
            form.getFieldType(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
