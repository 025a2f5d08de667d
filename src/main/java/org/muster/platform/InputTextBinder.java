package org.muster.platform;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;

/**
 * Text bound from a request outside its parameters (path variables, headers, cookies) goes through
 * {@link InputText} too; parameters already did in {@link InputTextBinding}, and once more is harmless.
 */
@ControllerAdvice
class InputTextBinder {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(InputText.normalise(text));
            }

            @Override
            public String getAsText() {
                var value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
