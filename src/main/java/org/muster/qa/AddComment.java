package org.muster.qa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** A short plain-text comment on a question or an answer. */
@NamedInterface("api")
public record AddComment(@NotBlank(message = "{comment.body.length}")
                         @Size(min = 2, max = 600, message = "{comment.body.length}") String body) {
}
