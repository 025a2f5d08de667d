package org.muster.qa;

import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** An edit of a question or an answer; what is left out stays as it is. */
record EditPost(
        @Size(min = 15, max = 150, message = "{question.title.length}") String title,
        String body,
        List<String> tags,
        Map<String, String> fields,
        @Size(max = 200, message = "{post.edit-comment.too-long}") String comment) {
}
