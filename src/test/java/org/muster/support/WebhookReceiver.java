package org.muster.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real HTTP server standing in for a help desk or an event-hook endpoint: records what it receives, answers with the statuses it is given. */
public class WebhookReceiver implements AutoCloseable {

    public record Received(Map<String, String> headers, String body, int answeredWith) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = new java.util.HashMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            var status = statuses.isEmpty() ? 200 : statuses.poll();
            received.add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests are answered with these statuses, then 200. */
    public void answerWith(Integer... codes) {
        statuses.addAll(List.of(codes));
    }

    /** Holds every request until {@link #open()}, like a help desk that hangs. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> await(Predicate<Received> wanted, int count) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var found = received.stream().filter(wanted).toList();
            if (found.size() >= count) return found;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Expected " + count + " deliveries, got " + received);
    }

    @Override
    public void close() {
        open();
        server.stop(0);
    }
}
