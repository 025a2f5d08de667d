package org.muster.insights;

import org.muster.insights.Figures.Column;
import org.muster.insights.Figures.Headline;
import org.muster.insights.Figures.Label;
import org.muster.insights.Figures.Row;
import org.muster.insights.Figures.Unit;
import org.springframework.stereotype.Component;

import java.util.List;

/** Which words moved the period's sentiment: the lexicon's words in its posts, those that moved it most first. */
@Component
class SentimentWordsMetric implements Metric {

    private static final String KEY = "insights.metric.sentiment-words";
    private static final int BARS = 15;

    private final HealthRepository health;

    SentimentWordsMetric(HealthRepository health) {
        this.health = health;
    }

    @Override
    public About about() {
        return new About("sentiment-words", Family.HEALTH, Chart.BAR, 40);
    }

    @Override
    public Figures figures(Scope scope) {
        var words = health.listWords(scope);
        var headlines = List.of(
                new Headline(KEY + ".raised", Unit.DECIMAL,
                        (double) words.stream().mapToLong(HealthRepository.WordTotal::contribution).filter(c -> c > 0).sum()),
                new Headline(KEY + ".lowered", Unit.DECIMAL,
                        (double) words.stream().mapToLong(HealthRepository.WordTotal::contribution).filter(c -> c < 0).sum()));
        var rows = words.stream().limit(BARS)
                .map(w -> new Row(Label.name(w.word()), List.of((double) w.occurrences(), (double) w.contribution()))).toList();
        return new Figures(headlines, List.of(new Column(KEY + ".occurrences", Unit.COUNT),
                new Column(KEY + ".contribution", Unit.DECIMAL)), rows);
    }
}
