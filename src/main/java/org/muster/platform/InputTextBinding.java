package org.muster.platform;

import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts every piece of text a request carries through {@link InputText} before anything reads it:
 * JSON strings as Jackson reads them, and request parameters (query, form, multipart fields) for
 * everyone who reads them, Spring Security's login included. Path variables and headers are bound
 * through {@link InputTextBinder}.
 */
@Configuration(proxyBeanMethods = false)
class InputTextBinding {

    /**
     * Also refuses null items in JSON lists and maps: no list of Muster's has a use for them, and a
     * null there would otherwise reach a service as a 500 rather than as a field at fault.
     */
    @Bean
    JsonMapperBuilderCustomizer inputTextInJson() {
        var module = new SimpleModule("muster-input-text");
        module.addDeserializer(String.class, new NormalisedString());
        return builder -> builder.addModule(module)
                .changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
    }

    @Bean
    FilterRegistrationBean<NormalisedParameters> inputTextInParameters() {
        var registration = new FilterRegistrationBean<>(new NormalisedParameters());
        // Before Spring Security, whose login filter reads the parameters itself.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class NormalisedString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return InputText.normalise(super.deserialize(parser, context));
        }
    }

    static final class NormalisedParameters extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new Wrapped(request), response);
        }
    }

    private static final class Wrapped extends HttpServletRequestWrapper {
        private Map<String, String[]> parameters;

        Wrapped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            var values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            var values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            // Read late: a multipart body is parsed only when its fields are first asked for.
            if (parameters == null) {
                var normalised = new LinkedHashMap<String, String[]>();
                super.getParameterMap().forEach((name, values) -> normalised.put(InputText.normalise(name),
                        Arrays.stream(values).map(InputText::normalise).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(normalised);
            }
            return parameters;
        }
    }
}
