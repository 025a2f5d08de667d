package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.util.List;

/** What the room's convert form and POST /api/v1/spaces/{slug}/room/conversions send. */
@NamedInterface("api")
public record ConvertConversation(List<Long> messages, String title, List<String> tags) {
}
