package org.muster.routing;

import jakarta.servlet.http.HttpServletResponse;
import org.muster.knowledge.HelpRooms;
import org.muster.platform.Actor;
import org.muster.qa.QuestionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;

/**
 * The stream a page listens to for what changed: its question's answers, votes and comments, or its help
 * room's messages, and for a member their notifications. Only which part changed is sent; the page fetches that part again with
 * its own session, through the checks the page itself passes.
 */
@Controller
class LivePages {

    private final LiveClients clients;
    private final QuestionService questions;
    private final HelpRooms rooms;
    private final Duration retryAfter;

    LivePages(LiveClients clients, QuestionService questions, HelpRooms rooms,
              @Value("${muster.live.retry-after:PT30S}") Duration retryAfter) {
        this.clients = clients;
        this.questions = questions;
        this.rooms = rooms;
        this.retryAfter = retryAfter;
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> live(@RequestParam(required = false) Long question, @RequestParam(required = false) Long room,
                                    Actor actor, HttpServletResponse response) {
        // Nobody learns when a question or room they may not see changes: 404 as on its page.
        if (question != null) questions.get(actor, question);
        else if (room != null) rooms.requireReadable(actor, room);
        else actor.requireMember();
        var emitter = clients.open(question, question == null ? room : null, actor.isVisitor() ? null : actor.memberId(), response);
        return emitter.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds()))).build());
    }
}
