package org.muster.insights;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.platform.ActorDirectory;
import org.muster.platform.JobLocks;
import org.muster.platform.MailRecipients;
import org.muster.platform.Mailer;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Mails each staff member, once a week, the headline figures of the last week (Monday to Sunday, UTC)
 * beside the week before, and what changed most: computed by {@link Insights} as that member, so that
 * nobody reads figures of a space he may not see. Once in a cluster: each mail is recorded with it in
 * one transaction, under the job's lock, so a second node or a rerun sends nothing twice. A summary
 * missed (the site was down on Monday) goes out at the next round of the week.
 */
@Component
class WeeklySummary {

    /** How many of the largest relative changes the mail names first. */
    private static final int CHANGES = 3;

    /**
     * A headline of one metric: its figure now and the week before as the dashboard writes them (empty
     * where there was nothing to compute from), and its change relative to the week before.
     */
    record Line(String title, String key, String now, String before, Double change) {
    }

    record Section(String title, List<Line> lines) {
    }

    private final Insights insights;
    private final FigureFormats formats;
    private final MailRecipients recipients;
    private final Members members;
    private final ActorDirectory actors;
    private final Mailer mailer;
    private final SiteLinks links;
    private final SummaryLog log;
    private final JobLocks jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeeklySummary(Insights insights, FigureFormats formats, MailRecipients recipients, Members members,
                  ActorDirectory actors, Mailer mailer, SiteLinks links, SummaryLog log, JobLocks jobs,
                  TransactionTemplate transaction, Clock clock) {
        this.insights = insights;
        this.formats = formats;
        this.recipients = recipients;
        this.members = members;
        this.actors = actors;
        this.mailer = mailer;
        this.links = links;
        this.log = log;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${muster.insights.summary-poll:PT1H}", initialDelayString = "PT2M")
    void sendDue() {
        sendDue(clock.instant());
    }

    /** Sends the summary of the week before {@code now}'s to every staff member who has not had it; returns how many. */
    int sendDue(Instant now) {
        var monday = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var week = new Period(monday.minusDays(7), monday.minusDays(1));
        return transaction.execute(tx -> {
            if (!jobs.tryLock("insights.weekly-summary")) return 0;
            int sent = 0;
            for (var memberId : staff()) {
                // The role now, not when the list was read: a member demoted meanwhile gets nothing.
                var actor = actors.byMemberId(memberId).filter(a -> a.isStaff());
                var recipient = recipients.recipient(memberId);
                if (actor.isEmpty() || recipient.isEmpty() || !log.record(memberId, week.from())) continue;
                var reports = Stream.of(Metric.Family.values())
                        .flatMap(family -> insights.family(actor.get(), family.name(), week, null, null).stream()).toList();
                var sections = inLanguageOf(recipient.get().locale(), () -> reports.stream().map(this::section)
                        .filter(s -> !s.lines().isEmpty()).toList());
                var model = new HashMap<String, Object>();
                model.put("from", week.from().toString());
                model.put("to", week.to().toString());
                model.put("sections", sections);
                model.put("changes", mostChanged(sections));
                model.put("dashboard", links.absolute("/insights?from=" + week.from() + "&to=" + week.to()));
                mailer.send(memberId, "insights/weekly-summary", model);
                sent++;
            }
            return sent;
        });
    }

    private List<Long> staff() {
        return Stream.of(Role.STAFF, Role.ADMIN).flatMap(role -> members.withRole(role).stream())
                .map(MemberSummary::id).distinct().sorted().toList();
    }

    /** Headline figures carry no currency, so money here is written in plain major units, as on the dashboard. */
    private Section section(MetricReport report) {
        var title = "insights.metric." + report.metric();
        var lines = report.comparisons().stream().map(c -> {
            var unit = c.current().unit();
            var before = c.previous() == null ? null : c.previous().value();
            return new Line(title, c.current().key(), formats.value(c.current().value(), unit, null),
                    formats.value(before, unit, null), relative(c.current().value(), before));
        }).toList();
        return new Section(title, lines);
    }

    /** The dashboard's formats read the request's language; a mail is written in its recipient's. */
    private static <T> T inLanguageOf(Locale locale, Supplier<T> work) {
        var request = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(request);
        }
    }

    /**
     * The largest changes relative to the week before, largest first; a figure that was zero or missing
     * the week before has no relative change and is left out, as is one that did not change.
     */
    static List<Line> mostChanged(List<Section> sections) {
        var changed = new ArrayList<Line>();
        sections.forEach(s -> s.lines().stream().filter(l -> l.change() != null && l.change() != 0).forEach(changed::add));
        return changed.stream().sorted(Comparator.comparingDouble((Line l) -> -Math.abs(l.change()))).limit(CHANGES).toList();
    }

    private static Double relative(Double now, Double before) {
        if (now == null || before == null || before == 0) return null;
        return (now - before) / Math.abs(before);
    }
}
