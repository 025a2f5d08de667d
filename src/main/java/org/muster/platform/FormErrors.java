package org.muster.platform;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal beside the form field it names, in the reader's language. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, MusterException refusal) {
        if (refusal instanceof Invalid invalid && invalid.each().size() > 1) {
            // Each field shows its first problem: two on one field would only say the same twice.
            for (var problem : invalid.each())
                if (problem.field() == null || !form.hasFieldErrors(problem.field())) reject(form, problem);
            return;
        }
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
