package org.muster.support;

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

/**
 * Sends due webhook deliveries on every node: claimed under a lease, sent outside any transaction,
 * retried with exponential backoff, and moved to the dead letters after the last attempt.
 */
@Component
@ConditionalOnWebApplication
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookRepository webhooks;
    private final TransactionTemplate transaction;
    private final Duration retryBase;
    private final int maxAttempts;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookWorker(WebhookRepository webhooks, TransactionTemplate transaction,
                  @Value("${muster.webhooks.retry-base:PT30S}") Duration retryBase,
                  @Value("${muster.webhooks.max-attempts:8}") int maxAttempts) {
        this.webhooks = webhooks;
        this.transaction = transaction;
        this.retryBase = retryBase;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${muster.webhooks.poll:PT1S}")
    void sendDue() {
        var due = transaction.execute(tx -> webhooks.claimDue(20, LEASE));
        if (due == null) return;
        for (var delivery : due) {
            var endpoint = transaction.execute(tx -> webhooks.findEndpoint(delivery.endpointId()));
            if (endpoint == null || endpoint.isEmpty()) continue;
            send(delivery, endpoint.get());
        }
    }

    @Scheduled(cron = "0 41 4 * * *")
    void forgetOldInbound() {
        transaction.executeWithoutResult(tx -> webhooks.forgetOldInbound());
    }

    private void send(Delivery delivery, WebhookEndpoint endpoint) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            var request = HttpRequest.newBuilder(URI.create(endpoint.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Muster-Webhooks/1")
                    .header(WebhookSignature.EVENT, delivery.event())
                    .header(WebhookSignature.DELIVERY, String.valueOf(delivery.id()))
                    .header(WebhookSignature.TIMESTAMP, String.valueOf(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(endpoint.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                transaction.executeWithoutResult(tx -> webhooks.markSent(delivery.id(), response.statusCode()));
            } else {
                failed(delivery, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            failed(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(Delivery delivery, Integer status, String error) {
        int attempt = delivery.attempts() + 1;
        boolean dead = attempt >= maxAttempts;
        var pause = retryBase.multipliedBy(1L << Math.min(attempt - 1, 16));
        log.warn("Webhook delivery {} ({}) failed, attempt {}{}: {}", delivery.id(), delivery.event(), attempt,
                dead ? ", now a dead letter" : "", error);
        transaction.executeWithoutResult(tx -> webhooks.markFailed(delivery.id(), status, error, Instant.now().plus(pause), dead));
    }
}
