package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * A space's help room: the messages (fetched again when the live stream says "messages"), a plain form to
 * write, flags and moderation on each message, and checkboxes that select a conversation to turn into a question.
 */
@Controller
class HelpRoomPages {

    private final HelpRooms rooms;
    private final RoomConversions conversions;
    private final SpaceService spaces;

    HelpRoomPages(HelpRooms rooms, RoomConversions conversions, SpaceService spaces) {
        this.rooms = rooms;
        this.conversions = conversions;
        this.spaces = spaces;
    }

    @GetMapping("/spaces/{slug}/room")
    String room(@PathVariable String slug, @RequestParam(required = false) Long from,
                @RequestParam(required = false) Long before, Actor actor, Model model) {
        var room = from != null ? rooms.from(actor, slug, from) : rooms.latest(actor, slug, before);
        model.addAttribute("room", room);
        model.addAttribute("liveRoom", room.space().id());
        return "knowledge/room";
    }

    @PostMapping("/spaces/{slug}/room/messages")
    String post(@PathVariable String slug, @RequestParam(required = false) String body, Actor actor) {
        var message = rooms.post(actor, slug, body);
        return "redirect:/spaces/" + slug + "/room#message-" + message.id();
    }

    @PostMapping("/spaces/{slug}/room/messages/{id}/flag")
    String flag(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String note, Actor actor, RedirectAttributes redirect) {
        rooms.flag(actor, slug, id, reason, note);
        Done.tell(redirect, "room.flag.done");
        return "redirect:/spaces/" + slug + "/room#message-" + id;
    }

    @PostMapping("/spaces/{slug}/room/messages/{id}/moderate")
    String moderate(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String action,
                    @RequestParam(required = false) String reason, Actor actor, RedirectAttributes redirect) {
        var message = rooms.moderate(actor, slug, id, action, reason);
        Done.tell(redirect, "room.moderate.done." + message.state());
        return "redirect:/spaces/" + slug + "/room#message-" + id;
    }

    @GetMapping("/spaces/{slug}/room/convert")
    String convertForm(@PathVariable String slug, @RequestParam(name = "message", required = false) List<Long> messages,
                       Actor actor, Model model) {
        model.addAttribute("conversation", conversions.preview(actor, slug, messages));
        return "knowledge/room-convert";
    }

    @PostMapping("/spaces/{slug}/room/convert")
    String convert(@PathVariable String slug, @RequestParam(name = "message", required = false) List<Long> messages,
                   @RequestParam(required = false) String title, @RequestParam(required = false) List<String> tags,
                   Actor actor, RedirectAttributes redirect) {
        var done = conversions.convert(actor, slug, new ConvertConversation(messages, title, tags));
        Done.tell(redirect, "room.convert.done");
        return "redirect:/questions/" + done.questionId();
    }

    @GetMapping("/spaces/{slug}/room/search")
    String search(@PathVariable String slug, @RequestParam(required = false) String q, Actor actor, Model model) {
        model.addAttribute("space", spaces.view(actor, slug).space());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", rooms.search(actor, q));
        return "knowledge/room-search";
    }
}
