package org.muster.qa;

import jakarta.validation.constraints.NotBlank;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record PostAnswer(@NotBlank(message = "{post.body.required}") String body) {
}
