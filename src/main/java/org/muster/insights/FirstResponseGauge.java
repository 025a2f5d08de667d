package org.muster.insights;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code muster.insights.first.response.median}: the median time to a first response, in seconds, over
 * the questions asked in the last 7 days in every space, for an outside monitoring system. A scrape
 * every few seconds must not run the percentile each time: the figure is kept for a minute.
 */
@Component
class FirstResponseGauge {

    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final Duration OVER = Duration.ofDays(7);

    private final SupportQuestions questions;
    private final Clock clock;
    private volatile Reading last;

    private record Reading(Instant at, double seconds) {
    }

    FirstResponseGauge(SupportQuestions questions, Clock clock, MeterRegistry registry) {
        this.questions = questions;
        this.clock = clock;
        Gauge.builder("muster.insights.first.response.median", this, FirstResponseGauge::seconds)
                .baseUnit("seconds")
                .register(registry);
    }

    /** NaN when no question of the last 7 days has a response: monitoring shows a gap, not a zero. */
    double seconds() {
        var now = clock.instant();
        var reading = last;
        if (reading == null || reading.at().plus(KEPT).isBefore(now)) {
            var median = questions.medianFirstResponseSince(now.minus(OVER));
            reading = new Reading(now, median == null ? Double.NaN : median);
            last = reading;
        }
        return reading.seconds();
    }
}
