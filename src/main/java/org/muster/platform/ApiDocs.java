package org.muster.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/v1/openapi.json and its browsable UI at /api/v1/docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static {
        // The acting member comes from the token or session, never from a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI musterOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Muster API").version("v1").description("""
                        JSON API of Muster. Authenticate with a personal token from POST /api/v1/auth/tokens \
                        sent as "Authorization: Bearer <token>". Errors are RFC 9457 problem details; \
                        validation errors name the field in "field" and list all in "errors". Text is kept in \
                        Unicode NFC with LF line breaks; control characters are dropped; text with nothing visible \
                        counts as empty; lengths count visible characters; null list items are refused."""))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
