package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** The lexicon sentiment of the period's posts: the average score per post, day by day, and the shares above and below zero. */
@Component
class SentimentMetric implements Metric {

    private static final String KEY = "insights.metric.sentiment";

    private final HealthRepository health;

    SentimentMetric(HealthRepository health) {
        this.health = health;
    }

    @Override
    public About about() {
        return new About("sentiment", Family.HEALTH, Chart.LINE, 35);
    }

    @Override
    public Figures figures(Scope scope) {
        Map<LocalDate, HealthRepository.SentimentDay> days = health.listSentimentDays(scope).stream()
                .collect(Collectors.toMap(HealthRepository.SentimentDay::day, Function.identity()));
        long posts = sum(days, HealthRepository.SentimentDay::posts);
        var headlines = List.of(
                new Headline(KEY + ".average", Unit.DECIMAL, posts == 0 ? null : (double) sum(days, HealthRepository.SentimentDay::score) / posts),
                new Headline(KEY + ".posts", Unit.COUNT, (double) posts),
                new Headline(KEY + ".positive-share", Unit.SHARE, posts == 0 ? null : (double) sum(days, HealthRepository.SentimentDay::positive) / posts),
                new Headline(KEY + ".negative-share", Unit.SHARE, posts == 0 ? null : (double) sum(days, HealthRepository.SentimentDay::negative) / posts));
        var rows = scope.period().eachDay().map(day -> {
            var of = days.get(day);
            return new Row(Label.day(day), Arrays.asList(of == null ? null : (double) of.score() / of.posts(),
                    of == null ? 0.0 : of.posts()));
        }).toList();
        return new Figures(headlines, List.of(new Column(KEY + ".average", Unit.DECIMAL), new Column(KEY + ".posts", Unit.COUNT)),
                rows);
    }

    private static long sum(Map<?, HealthRepository.SentimentDay> days, ToLongFunction<HealthRepository.SentimentDay> value) {
        return days.values().stream().mapToLong(value).sum();
    }
}
