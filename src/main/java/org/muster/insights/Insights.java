package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.TagNames;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The one way to the figures, for the dashboard, the API, CSV downloads and mail alike: staff only, and a
 * space's figures only for staff who may see it; without a chosen space, the figures count the spaces
 * the reader may see, never more.
 */
@Service
public class Insights {

    private final List<Metric> metrics;
    private final SpaceService spaces;
    private final Clock clock;

    Insights(List<Metric> metrics, SpaceService spaces, Clock clock) {
        this.metrics = metrics.stream()
                .sorted(Comparator.comparing((Metric m) -> m.about().family()).thenComparingInt(m -> m.about().order())).toList();
        this.spaces = spaces;
        this.clock = clock;
    }

    /** A metric as a list of them shows it: where it sits and whether a space or a tag narrows it. */
    public record Entry(String name, String family, String chart, boolean bySpace, boolean byTag) {
    }

    /** Every metric, in dashboard order, for staff. */
    public List<Entry> metrics(Actor actor) {
        actor.require(Role.STAFF);
        return metrics.stream().map(Metric::about)
                .map(m -> new Entry(m.name(), lowerCase(m.family()), lowerCase(m.chart()), m.bySpace(), m.byTag())).toList();
    }

    /**
     * One metric over {@code period} and the period before, narrowed to a space and a tag when given.
     * An unknown metric or a space the reader may not see is not found; a period longer than three
     * years is refused beside {@code to}; a tag that is no tag name beside {@code tag}.
     */
    @Transactional(readOnly = true)
    public MetricReport report(Actor actor, String name, Period period, Long spaceId, String tag) {
        var scope = scope(actor, period, spaceId, tag);
        var metric = metrics.stream().filter(m -> m.about().name().equals(name)).findFirst().orElseThrow(NotFound::new);
        return report(metric, scope, spaceId, scope.tag());
    }

    /** Every metric of a family over the same scope, for one tab of the dashboard or a summary. */
    @Transactional(readOnly = true)
    public List<MetricReport> family(Actor actor, String family, Period period, Long spaceId, String tag) {
        var scope = scope(actor, period, spaceId, tag);
        return metrics.stream().filter(m -> m.about().family().name().equalsIgnoreCase(family))
                .map(m -> report(m, scope, spaceId, scope.tag())).toList();
    }

    private Scope scope(Actor actor, Period period, Long spaceId, String tag) {
        actor.require(Role.STAFF);
        if (period.days() > Period.LONGEST_DAYS) throw new Invalid("to", "insights.period.too-long", Period.LONGEST_DAYS);
        String tagName = null;
        if (tag != null && !tag.isBlank()) {
            tagName = TagNames.normalize(tag);
            if (tagName == null) throw new Invalid("tag", TagNames.REFUSED, tag);
        }
        var visible = spaces.visibleSpaceIds(actor);
        if (spaceId != null && !visible.contains(spaceId)) throw new NotFound();
        return new Scope(period, spaceId == null ? visible : List.of(spaceId), tagName, clock.instant());
    }

    private MetricReport report(Metric metric, Scope scope, Long spaceId, String tag) {
        var about = metric.about();
        return new MetricReport(about.name(), lowerCase(about.family()), lowerCase(about.chart()), about.bySpace(), about.byTag(),
                scope.period(), scope.period().previous(), spaceId, tag,
                metric.figures(scope), metric.figures(scope.previous()));
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
