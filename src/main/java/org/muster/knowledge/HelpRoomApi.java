package org.muster.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Help rooms")
class HelpRoomApi {

    record NewMessage(String body) {
    }

    record NewFlag(String reason, String note) {
    }

    record Moderation(String action, String reason) {
    }

    private final HelpRooms rooms;
    private final RoomConversions conversions;

    HelpRoomApi(HelpRooms rooms, RoomConversions conversions) {
        this.rooms = rooms;
        this.conversions = conversions;
    }

    @GetMapping("/api/v1/spaces/{slug}/room/messages")
    @Operation(summary = "The messages of the space's help room with an id above after (0: from the start), oldest first, "
            + "at most 50; held and hidden ones only to their author and moderators; redacted ones without text. "
            + "404 for a space the caller may not see")
    List<RoomMessage> messages(Actor actor, @PathVariable String slug, @RequestParam(defaultValue = "0") long after) {
        return rooms.after(actor, slug, after);
    }

    @PostMapping("/api/v1/spaces/{slug}/room/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a message (Markdown, 1 to 4000 characters) in the help room: {body}. Checked as posts are "
            + "(silenced members refused, secrets masked, spam held for a moderator); at most 12 a minute")
    RoomMessage post(Actor actor, @PathVariable String slug, @RequestBody NewMessage message) {
        return rooms.post(actor, slug, message.body());
    }

    @PostMapping("/api/v1/spaces/{slug}/room/messages/{id}/flags")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Flag another member's message for the moderators: {reason: spam|offensive|off-topic|wrong|"
            + "private-data|needs-staff, note}; once per message")
    void flag(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody NewFlag flag) {
        rooms.flag(actor, slug, id, flag.reason(), flag.note());
    }

    @PostMapping("/api/v1/spaces/{slug}/room/messages/{id}/moderation")
    @Operation(summary = "Moderators: {action: show|hide|redact|delete, reason}. Redact erases the text for good; "
            + "everyone then sees that the message was redacted")
    RoomMessage moderate(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody Moderation moderation) {
        return rooms.moderate(actor, slug, id, moderation.action(), moderation.reason());
    }

    @PostMapping("/api/v1/spaces/{slug}/room/conversions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn selected messages of two people into a question with its answer: {messages: [ids], title, "
            + "tags}. The first message's author asks with their messages, the other answers with theirs after a short "
            + "summary; staff, moderators, champions and the two authors may do it. The question links to the room, "
            + "the messages to the question")
    RoomConversionResult convert(Actor actor, @PathVariable String slug, @RequestBody ConvertConversation conversion) {
        return conversions.convert(actor, slug, conversion);
    }

    @GetMapping("/api/v1/rooms/search")
    @Operation(summary = "Messages matching the words in the help rooms of every space the caller may see, best first, at most 30")
    List<RoomSearchHit> search(Actor actor, @RequestParam(required = false) String q) {
        return rooms.search(actor, q);
    }
}
