package org.muster.routing;

import org.muster.platform.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends due event-hook deliveries on every node. Each is sent on a virtual thread of its own with a
 * short timeout, at most one at a time per endpoint on this node: an endpoint that hangs or fails
 * holds up only its own deliveries. Failures are retried with growing pauses and become dead letters
 * after the last attempt. Whether a visitor may still see what a delivery to a public endpoint is
 * about is asked again just before it is sent.
 */
@Component
@ConditionalOnWebApplication
class EventHookWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventHookWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    private final EventHookRepository hooks;
    private final EventHookOutbox outbox;
    private final EventHookAddress addresses;
    private final TransactionTemplate transaction;
    private final Duration retryBase;
    private final int maxAttempts;
    private final Duration timeout;
    private final Set<Long> sending = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;

    EventHookWorker(EventHookRepository hooks, EventHookOutbox outbox, EventHookAddress addresses,
                    TransactionTemplate transaction,
                    @Value("${muster.webhooks.retry-base:PT30S}") Duration retryBase,
                    @Value("${muster.webhooks.max-attempts:8}") int maxAttempts,
                    @Value("${muster.webhooks.timeout:PT10S}") Duration timeout) {
        this.hooks = hooks;
        this.outbox = outbox;
        this.addresses = addresses;
        this.transaction = transaction;
        this.retryBase = retryBase;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        // The lease must outlast a send, or another node would send the same delivery again meanwhile.
        if (timeout.compareTo(LEASE.dividedBy(2)) > 0) throw new IllegalArgumentException("muster.webhooks.timeout is at most PT1M");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5))
                .executor(senders)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${muster.webhooks.poll:PT1S}")
    void sendDue() {
        var due = transaction.execute(tx -> hooks.claimDue(List.copyOf(sending), BATCH, LEASE));
        if (due == null) return;
        for (var delivery : due) {
            if (!sending.add(delivery.hookId())) continue;
            senders.execute(() -> {
                try {
                    send(delivery);
                } finally {
                    sending.remove(delivery.hookId());
                }
            });
        }
    }

    private void send(EventHookDelivery delivery) {
        var hook = transaction.execute(tx -> hooks.find(delivery.hookId()));
        if (hook == null || hook.isEmpty()) return;
        var endpoint = hook.get();
        if (!endpoint.internal() && !Boolean.TRUE.equals(transaction.execute(tx ->
                outbox.visibleToVisitors(delivery.questionId(), delivery.postId())))) {
            transaction.executeWithoutResult(tx -> hooks.markWithheld(delivery.id()));
            return;
        }
        var refusal = addresses.refusal(endpoint.url());
        if (refusal.isPresent()) {
            failed(delivery, null, "address refused: " + refusal.get());
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        try {
            var request = HttpRequest.newBuilder(URI.create(endpoint.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Muster-Webhooks/1")
                    .header(WebhookSignature.EVENT, delivery.eventType())
                    .header(WebhookSignature.DELIVERY, String.valueOf(delivery.id()))
                    .header(WebhookSignature.TIMESTAMP, String.valueOf(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(endpoint.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                transaction.executeWithoutResult(tx -> hooks.markSent(delivery.id(), response.statusCode()));
            } else {
                failed(delivery, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            failed(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(EventHookDelivery delivery, Integer status, String error) {
        int attempt = delivery.attempts() + 1;
        boolean dead = attempt >= maxAttempts;
        var pause = retryBase.multipliedBy(1L << Math.min(attempt - 1, 16));
        log.warn("Event hook delivery {} ({}) failed, attempt {}{}: {}", delivery.id(), delivery.eventType(), attempt,
                dead ? ", now a dead letter" : "", error);
        transaction.executeWithoutResult(tx -> hooks.markFailed(delivery.id(), status, error, Instant.now().plus(pause), dead));
    }

    /** Sends in flight are dropped at shutdown; their lease runs out and any node sends them again. */
    @Override
    public void close() {
        senders.shutdownNow();
    }
}
