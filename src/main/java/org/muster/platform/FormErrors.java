package org.muster.platform;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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
     * Shows a form again with values other than the ones bound from the request (e.g. tags parsed from
     * text) and the refusal beside its field. Replacing a model attribute drops the errors bound to it,
     * so the errors are recorded against the new values, after they are in the model.
     */
    public static void show(Model model, String name, Object form, MusterException refusal) {
        model.addAttribute(name, form);
        var errors = new BeanPropertyBindingResult(form, name);
        reject(errors, refusal);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
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
