package org.muster.qa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** A new question; the page form and POST /api/v1/questions share it. */
@NamedInterface("api")
public record AskQuestion(
        @NotBlank(message = "{question.space.required}") String space,
        @NotBlank(message = "{question.title.length}")
        @Size(min = 15, max = 150, message = "{question.title.length}") String title,
        @NotBlank(message = "{post.body.required}") String body,
        List<String> tags,
        Map<String, String> fields) {
}
