package org.muster.routing;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This node's open live pages. Each holds no request thread (an {@link SseEmitter} is asynchronous) and
 * gets one virtual thread that waits for its changes, so a thousand readers cost a thousand parked
 * virtual threads, not a thousand platform threads, and one reader who stopped reading holds up nobody
 * else. A burst of changes reaches a page as at most one message per part per {@code muster.live.coalesce}.
 */
@Component
class LiveClients {

    private static final Logger LOG = LoggerFactory.getLogger(LiveClients.class);

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final int maxConnections;
    private final Duration heartbeat;
    private final Duration coalesce;

    LiveClients(@Value("${muster.live.max-connections:4000}") int maxConnections,
                @Value("${muster.live.heartbeat:PT15S}") Duration heartbeat,
                @Value("${muster.live.coalesce:PT0.5S}") Duration coalesce) {
        this.maxConnections = maxConnections;
        this.heartbeat = heartbeat;
        this.coalesce = coalesce;
    }

    /**
     * A stream of changes to the question or the help room of a space (if any) and to the member's
     * notifications (if a member); empty when this node already serves as many as it may.
     */
    Optional<SseEmitter> open(Long questionId, Long roomId, Long memberId, HttpServletResponse response) {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            return Optional.empty();
        }
        // The response's headers are written and sent here, on the request's thread, before the stream's own
        // thread exists: otherwise its first write could commit the response while the request's thread
        // still adds headers on the way out (security headers, the session cookie), and the two threads
        // would corrupt one header table, ending the stream without a word to the reader.
        response.setContentType(org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.flushBuffer();
        } catch (IOException gone) {
            open.decrementAndGet();
            return Optional.empty();
        }
        // No timeout: the heartbeat finds readers who left.
        var emitter = new SseEmitter(0L);
        var client = new Client(emitter, questionId, roomId, memberId);
        emitter.onCompletion(client::close);
        emitter.onTimeout(client::close);
        emitter.onError(e -> client.close());
        clients.add(client);
        Thread.ofVirtual().name("live-", client.hashCode()).start(() -> deliver(client));
        return Optional.of(emitter);
    }

    void tell(LiveMessage message) {
        if (message.change() == LiveChange.RECHECK) {
            for (var client : clients)
                if (client.questionId != null && (message.questionId() == null || message.questionId().equals(client.questionId))
                        || client.roomId != null && message.questionId() == null)
                    client.emitter.complete();
            return;
        }
        for (var client : clients) {
            if (message.questionId() != null && message.questionId().equals(client.questionId)
                    || message.memberId() != null && message.memberId().equals(client.memberId)
                    || message.roomId() != null && message.roomId().equals(client.roomId))
                client.tell(message.change());
        }
    }

    /** Changes may have been missed (the database was away): every page fetches all its live parts again. */
    void tellEverything() {
        for (var client : clients) {
            if (client.questionId != null) {
                client.tell(LiveChange.ANSWERS);
                client.tell(LiveChange.VOTES);
                client.tell(LiveChange.COMMENTS);
            }
            if (client.roomId != null) client.tell(LiveChange.MESSAGES);
            if (client.memberId != null) client.tell(LiveChange.NOTIFICATIONS);
        }
    }

    /** Closes every stream, so that the server can stop: browsers reconnect to another node. */
    void closeAll() {
        for (var client : clients) client.emitter.complete();
    }

    private void deliver(Client client) {
        try {
            // At once, so the reader knows it is connected (and a proxy does not wait for a first byte).
            client.emitter.send(SseEmitter.event().comment("connected"));
            while (true) {
                var changes = client.next(heartbeat);
                if (changes == null) break;
                if (changes.isEmpty()) {
                    client.emitter.send(SseEmitter.event().comment(""));
                    continue;
                }
                for (var change : changes) {
                    var id = switch (change) {
                        case NOTIFICATIONS -> client.memberId;
                        case MESSAGES -> client.roomId;
                        default -> client.questionId;
                    };
                    client.emitter.send(SseEmitter.event().name(change.eventName()).data(id));
                }
                // What changes meanwhile is gathered into the next message.
                Thread.sleep(coalesce);
            }
        } catch (IOException | IllegalStateException gone) {
            LOG.debug("A live page went away: {}", gone.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
            if (clients.remove(client)) open.decrementAndGet();
        }
    }

    private static final class Client {

        final SseEmitter emitter;
        final Long questionId;
        final Long roomId;
        final Long memberId;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final EnumSet<LiveChange> pending = EnumSet.noneOf(LiveChange.class);
        private boolean closed;

        Client(SseEmitter emitter, Long questionId, Long roomId, Long memberId) {
            this.emitter = emitter;
            this.questionId = questionId;
            this.roomId = roomId;
            this.memberId = memberId;
        }

        void tell(LiveChange change) {
            lock.lock();
            try {
                pending.add(change);
                changed.signal();
            } finally {
                lock.unlock();
            }
        }

        void close() {
            lock.lock();
            try {
                closed = true;
                changed.signal();
            } finally {
                lock.unlock();
            }
        }

        /** The changes gathered so far, waiting up to the heartbeat for one; empty: none came; null: closed. */
        Set<LiveChange> next(Duration heartbeat) throws InterruptedException {
            lock.lock();
            try {
                if (pending.isEmpty() && !closed) changed.await(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (closed) return null;
                var taken = EnumSet.copyOf(pending);
                pending.clear();
                return taken;
            } finally {
                lock.unlock();
            }
        }
    }
}
