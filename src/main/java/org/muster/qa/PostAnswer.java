package org.muster.qa;

import jakarta.validation.constraints.NotBlank;

public record PostAnswer(@NotBlank(message = "{post.body.required}") String body) {
}
