package org.muster.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @Size} and {@code @NotBlank} on text count what a reader sees ({@link InputText}): a title of
 * zero-width spaces is blank, and an accented letter typed as a letter and a mark is one character.
 * The validators are for {@code String}, more specific than the built-in ones for {@code CharSequence},
 * so they are the ones chosen; lists and maps keep the built-in ones.
 */
@Configuration(proxyBeanMethods = false)
class VisibleLength {

    @Bean
    ValidationConfigurationCustomizer visibleLengthOfText() {
        return configuration -> {
            if (!(configuration instanceof HibernateValidatorConfiguration hibernate)) return;
            var mapping = hibernate.createConstraintMapping();
            mapping.constraintDefinition(Size.class).validatedBy(SizeOfText.class);
            mapping.constraintDefinition(NotBlank.class).validatedBy(NotBlankText.class);
            hibernate.addMapping(mapping);
        };
    }

    public static final class SizeOfText implements ConstraintValidator<Size, String> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || InputText.fits(text, min, max);
        }
    }

    public static final class NotBlankText implements ConstraintValidator<NotBlank, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text != null && !InputText.isBlank(text);
        }
    }
}
