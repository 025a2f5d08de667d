package org.muster.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A reader of one live stream, as a browser's EventSource reads it: events by name and data, comments passed over. */
final class LiveStream implements AutoCloseable {

    record Event(String name, String data) {
    }

    private static final Event CONNECTED = new Event("(connected)", "");

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final StringBuilder everything = new StringBuilder();
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
    private final HttpResponse<Stream<String>> response;

    private LiveStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream at the path and waits until the server registered it (its first comment arrived). */
    static LiveStream open(HttpClient client, String base, String path, String bearer) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream");
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        try {
            var response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new AssertionError("Live stream " + path + " answered " + response.statusCode());
            }
            var stream = new LiveStream(response);
            if (!CONNECTED.equals(stream.next(Duration.ofSeconds(20))))
                throw new AssertionError("Live stream " + path + " did not say it is connected");
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static LiveStream open(String base, String path) {
        return open(HttpClient.newHttpClient(), base, path, null);
    }

    /** Opens the stream, asking again while the node is full (its readers who left are noticed at the next heartbeat). */
    static LiveStream openWhenFree(String base, String path) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return open(base, path);
            } catch (AssertionError full) {
                if (!full.getMessage().endsWith("503") || System.nanoTime() > deadline) throw full;
                Thread.sleep(200);
            }
        }
    }

    /**
     * Waits until this node has acted on every live change committed so far. A change made just before a
     * test opens its streams (a space made public closes every question's stream) may otherwise reach a
     * busy node just after, and end them. NOTIFY arrives in commit order, so once a marker sent now comes
     * back on a fresh stream, every earlier change has been handled.
     */
    static void settle(String base, long questionId, org.springframework.jdbc.core.simple.JdbcClient db) throws InterruptedException {
        var marker = LiveMessage.question(questionId, LiveChange.VOTES);
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (var probe = open(base, "/live?question=" + questionId)) {
                db.sql("select pg_notify(:channel, :payload)").param("channel", LiveSignals.CHANNEL)
                        .param("payload", marker.payload()).query((rs, n) -> null).list();
                for (var event = probe.next(Duration.ofSeconds(5)); event != null; event = probe.next(Duration.ofSeconds(5)))
                    if (event.name().equals(LiveChange.VOTES.eventName())) return;
            }
        }
        throw new AssertionError("The live pages of question " + questionId + " never heard a marker");
    }

    private void read() {
        String name = "message";
        var data = new StringBuilder();
        try (var lines = response.body()) {
            for (var line : (Iterable<String>) lines::iterator) {
                synchronized (everything) {
                    everything.append(line).append('\n');
                }
                if (line.startsWith(":")) {
                    if (line.equals(":connected")) events.add(CONNECTED);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new Event(name, data.toString()));
                    name = "message";
                    data.setLength(0);
                }
            }
        } catch (UncheckedIOException closed) {
            // The test closed the stream, or the server went away.
        } finally {
            ended.countDown();
        }
    }

    /** Waits until the server ended the stream; false when it stayed open. */
    boolean awaitEnd() throws InterruptedException {
        return ended.await(20, TimeUnit.SECONDS);
    }

    /** The next event, or null when none came within the wait. */
    Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for the next event with this name, passing others; fails when none comes. */
    Event await(String name) throws InterruptedException {
        return await(name, Duration.ofSeconds(20));
    }

    /** As {@link #await(String)}, waiting at most this long: a broadcast to a thousand readers on 2 busy cores takes longer. */
    Event await(String name, Duration wait) throws InterruptedException {
        var deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            var event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event != null && event.name().equals(name)) return event;
        }
        throw new AssertionError("No '" + name + "' event came; the stream so far:\n" + text());
    }

    String text() {
        synchronized (everything) {
            return everything.toString();
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
