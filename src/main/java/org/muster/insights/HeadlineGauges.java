package org.muster.insights;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.muster.moderation.ModerationIncidents;
import org.muster.platform.Mailer;
import org.muster.qa.QuestionService;
import org.muster.routing.EventHookBacklog;
import org.muster.support.TicketService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

/**
 * Headline gauges for an external monitoring system at {@code /actuator/prometheus} (admins only): unanswered
 * questions, open review items, unsolved tickets, and the depth of the mail and webhook outboxes, each
 * asked of its module. Counted over every space, as only admins scrape them. A scrape reads figures at
 * most a minute old, so frequent scrapes from several monitors cost one round of counts a minute.
 */
@Component
class HeadlineGauges implements MeterBinder {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    record Counts(long unanswered, long openReviews, long unsolvedTickets, long mailOutbox, long eventHookOutbox,
                   long helpDeskOutbox, Instant countedAt) {
    }

    private final QuestionService questions;
    private final ModerationIncidents moderation;
    private final TicketService tickets;
    private final Mailer mailer;
    private final EventHookBacklog eventHooks;
    private final Clock clock;
    private volatile Counts counts;

    HeadlineGauges(QuestionService questions, ModerationIncidents moderation, TicketService tickets, Mailer mailer,
                   EventHookBacklog eventHooks, Clock clock) {
        this.questions = questions;
        this.moderation = moderation;
        this.tickets = tickets;
        this.mailer = mailer;
        this.eventHooks = eventHooks;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "muster.questions.unanswered", Counts::unanswered);
        gauge(registry, "muster.reviews.open", Counts::openReviews);
        gauge(registry, "muster.tickets.open", Counts::unsolvedTickets);
        gauge(registry, "muster.mail.outbox", Counts::mailOutbox);
        Gauge.builder("muster.webhooks.outbox", this, g -> g.current().eventHookOutbox())
                .tag("kind", "event-hooks").register(registry);
        Gauge.builder("muster.webhooks.outbox", this, g -> g.current().helpDeskOutbox())
                .tag("kind", "help-desk").register(registry);
    }

    /** The counts, counted again when older than a minute. */
    Counts current() {
        var now = clock.instant();
        var known = counts;
        if (known != null && known.countedAt().plus(MAX_AGE).isAfter(now)) return known;
        return count();
    }

    /** Counts everything now. */
    Counts count() {
        var counted = new Counts(questions.countUnanswered(), moderation.openReviews(), tickets.countUnsolved(),
                mailer.outboxDepth(), eventHooks.pendingDeliveries(), tickets.countPendingDeliveries(), clock.instant());
        counts = counted;
        return counted;
    }

    private void gauge(MeterRegistry registry, String name, ToLongFunction<Counts> count) {
        Gauge.builder(name, this, g -> count.applyAsLong(g.current())).register(registry);
    }
}
