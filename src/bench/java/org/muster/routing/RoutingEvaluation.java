package org.muster.routing;

import org.muster.MusterApplication;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.MusterCommand;
import org.muster.platform.Role;
import org.muster.qa.AnswererStats;
import org.muster.qa.QuestionDocuments;
import org.muster.spaces.SpaceInput;
import org.muster.spaces.SpaceService;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/routing-eval <dump>}: imports a Stack Exchange dump into a fresh Muster, then replays it in
 * time order. Each question with an accepted answer in the last 20 % (by date) is routed with
 * {@link ExpertRanking} using only what happened before it was asked; the requests it makes are
 * simulated in order, so load and fairness act as they would have. Prints HIT@3, HIT@5 (share whose
 * accepted answerer was among those routed), the two baselines at 5 with the same cut-off, and the Gini
 * coefficient of requests per routed member. {@code --tune} instead searches the weights on the 20 %
 * before those (60 to 80 %), so that the figures of the last 20 % are not chosen on themselves.
 */
public final class RoutingEvaluation {

    private static final String SPACE = "routing-eval";
    private static final int ROUTED = 3;
    /** As {@code muster.routing.ignored-after}: a request older than this no longer counts as load. */
    private static final Duration IGNORED_AFTER = Duration.ofDays(3);

    /** One question to route: who asked it, when, and whose answer was accepted. */
    record Case(long questionId, Long askerId, Instant askedAt, long acceptedAuthorId) {
    }

    /** A simulated request: routing asked this member about this question then. */
    record Request(long questionId, long memberId, Instant askedAt) {
    }

    record Figures(double hit3, double hit5, double baselineTag5, double baselineActive5, double gini, int questions) {
        String line() {
            return String.format(Locale.ROOT, "HIT@3=%.3f HIT@5=%.3f BASELINE_TAG@5=%.3f BASELINE_ACTIVE@5=%.3f GINI=%.3f",
                    hit3, hit5, baselineTag5, baselineActive5, gini);
        }
    }

    private final ExpertRanking ranking;
    private final AnswererStats answerers;
    private final QuestionDocuments documents;
    private final Members members;
    private final JdbcClient db;
    private final long spaceId;
    /** When each member first answered each question: a request counts as open until then. */
    private final Map<Long, Map<Long, Instant>> answeredAt = new HashMap<>();

    private RoutingEvaluation(ConfigurableApplicationContext context, long spaceId) {
        this.ranking = context.getBean(ExpertRanking.class);
        this.answerers = context.getBean(AnswererStats.class);
        this.documents = context.getBean(QuestionDocuments.class);
        this.members = context.getBean(Members.class);
        this.db = context.getBean(JdbcClient.class);
        this.spaceId = spaceId;
        db.sql("""
                        select a.question_id, a.author_id, min(a.created_at) from posts a join posts q on q.id = a.question_id
                        where a.kind = 'answer' and a.deleted_at is null and a.author_id is not null and q.space_id = :space
                        group by a.question_id, a.author_id""")
                .param("space", spaceId)
                .query(rs -> {
                    answeredAt.computeIfAbsent(rs.getLong(1), q -> new HashMap<>()).put(rs.getLong(2), rs.getTimestamp(3).toInstant());
                });
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RoutingEvaluation <dump> <empty data directory> [--tune]");
            System.exit(2);
        }
        var out = System.out;
        var context = new SpringApplicationBuilder(MusterApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // As arguments, not default properties: application.properties would win over those and
                // point the evaluation at ./muster-data instead of its own empty directory.
                .run("--muster.data-dir=" + Path.of(args[1]).toAbsolutePath(), "--muster.embedded.clean=true",
                        "--muster.embedded.synchronous-commit=false", "--logging.level.root=WARN");
        try {
            long spaceId = importDump(context, Path.of(args[0]), out);
            var evaluation = new RoutingEvaluation(context, spaceId);
            var cases = evaluation.cases();
            int from = (int) Math.round(cases.size() * 0.8);
            if (Arrays.asList(args).contains("--tune")) {
                evaluation.tune(cases.subList((int) Math.round(cases.size() * 0.6), from), cases.subList(from, cases.size()), out);
            } else {
                out.printf(Locale.ROOT, "%d questions with an accepted answer; routing the last %d (from %s)%n",
                        cases.size(), cases.size() - from, cases.get(from).askedAt());
                var figures = evaluation.evaluate(evaluation.prepare(cases.subList(from, cases.size())), ExpertRanking.DEFAULT);
                out.println(figures.line());
            }
        } finally {
            context.close();
        }
    }

    private static long importDump(ConfigurableApplicationContext context, Path dump, PrintStream out) throws Exception {
        var system = new Actor(0L, Role.ADMIN, "routing-eval", ZoneOffset.UTC);
        var space = context.getBean(SpaceService.class).create(system,
                new SpaceInput(SPACE, "Routing evaluation", "A replayed Stack Exchange dump.", "public", List.of(), List.of()));
        out.println("== importing " + dump);
        out.println(lastLine(command(context, "import"), List.of("stackexchange", dump.toString(), "--space", SPACE)));
        // Similar questions come from the search index; without a web server nothing follows the feed, so it is built here.
        out.println(lastLine(command(context, "search"), List.of("rebuild")));
        return space.space().id();
    }

    private static MusterCommand command(ConfigurableApplicationContext context, String name) {
        return context.getBeansOfType(MusterCommand.class).values().stream()
                .filter(command -> command.name().equals(name)).findFirst().orElseThrow();
    }

    /** Runs a command and keeps only its summary: progress bars would bury the figures. */
    private static String lastLine(MusterCommand command, List<String> args) throws Exception {
        var report = new java.io.ByteArrayOutputStream();
        command.run(args, new PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8));
        var lines = report.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }

    /** The questions of the space with an accepted answer, by date. */
    private List<Case> cases() {
        return db.sql("""
                        select q.id, q.author_id, q.created_at, a.author_id as accepted_author
                        from posts q join posts a on a.id = q.accepted_answer_id
                        where q.kind = 'question' and q.deleted_at is null and q.space_id = :space
                          and a.author_id is not null and a.deleted_at is null
                        order by q.created_at, q.id""")
                .param("space", spaceId)
                .query((rs, row) -> new Case(rs.getLong(1), (Long) rs.getObject(2), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4)))
                .list();
    }

    /** What routing one case needs that the weights do not change, read once for every setting tried. */
    record Prepared(Case c, List<ExpertRanking.Candidate> candidates, Set<Long> away, boolean tagHit, boolean activeHit) {
    }

    List<Prepared> prepare(List<Case> cases) {
        return cases.stream().map(c -> {
            var question = documents.byIds(List.of(c.questionId())).getFirst();
            var candidates = ranking.candidates(question, c.askedAt()).stream()
                    .filter(k -> c.askerId() == null || k.memberId() != c.askerId()).toList();
            var away = members.awayAt(candidates.stream().map(ExpertRanking.Candidate::memberId).toList(), c.askedAt());
            var byTag = answerers.inTags(spaceId, question.tags(), c.askedAt(), 6).stream()
                    .map(AnswererStats.AnswererRecord::memberId).filter(id -> !id.equals(c.askerId())).limit(5).toList();
            return new Prepared(c, candidates, away, byTag.contains(c.acceptedAuthorId()),
                    mostActive(c).contains(c.acceptedAuthorId()));
        }).toList();
    }

    Figures evaluate(List<Prepared> cases, ExpertRanking.Weights weights) {
        var requests = new ArrayList<Request>();
        int hit3 = 0, hit5 = 0, tag5 = 0, active5 = 0;
        for (var p : cases) {
            var c = p.c();
            var open = new HashMap<Long, Integer>();
            var lastWeek = new HashMap<Long, Integer>();
            for (var r : requests) {
                if (r.askedAt().isBefore(c.askedAt().minus(ExpertRouter.WEEK))) continue;
                lastWeek.merge(r.memberId(), 1, Integer::sum);
                var answered = answeredAt.getOrDefault(r.questionId(), Map.of()).get(r.memberId());
                boolean stillOpen = (answered == null || answered.isAfter(c.askedAt()))
                        && r.askedAt().isAfter(c.askedAt().minus(IGNORED_AFTER));
                if (stillOpen) open.merge(r.memberId(), 1, Integer::sum);
            }
            var ranked = ExpertRanking.rank(p.candidates(), open, lastWeek, p.away(), weights).stream()
                    .map(s -> s.candidate().memberId()).limit(5).toList();
            if (ranked.stream().limit(3).anyMatch(id -> id == c.acceptedAuthorId())) hit3++;
            if (ranked.contains(c.acceptedAuthorId())) hit5++;
            ranked.stream().limit(ROUTED).forEach(id -> requests.add(new Request(c.questionId(), id, c.askedAt())));
            if (p.tagHit()) tag5++;
            if (p.activeHit()) active5++;
        }
        double n = cases.size();
        return new Figures(hit3 / n, hit5 / n, tag5 / n, active5 / n, gini(requests), cases.size());
    }

    /** The five members with the most answers in the space before the question, its asker left out. */
    private List<Long> mostActive(Case c) {
        return db.sql("""
                        select a.author_id from posts a join posts q on q.id = a.question_id
                        where a.kind = 'answer' and a.deleted_at is null and a.author_id is not null
                          and q.space_id = :space and a.created_at < :before and a.author_id <> :asker
                        group by a.author_id order by count(*) desc, a.author_id limit 5""")
                .param("space", spaceId).param("before", Timestamp.from(c.askedAt()))
                .param("asker", c.askerId() == null ? -1 : c.askerId())
                .query(Long.class).list();
    }

    /** How unevenly requests fell on the members who got any: 0 all alike, towards 1 all on one. */
    static double gini(List<Request> requests) {
        var counts = new HashMap<Long, Integer>();
        requests.forEach(r -> counts.merge(r.memberId(), 1, Integer::sum));
        var sorted = counts.values().stream().mapToDouble(Integer::doubleValue).sorted().toArray();
        int n = sorted.length;
        if (n == 0) return 0;
        double weighted = 0, total = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * sorted[i];
            total += sorted[i];
        }
        return (2 * weighted) / (n * total) - (n + 1.0) / n;
    }

    /**
     * A grid of weights on the questions before the evaluated ones, each printed; then the last 20 % once,
     * with the setting best there at HIT@5 among those that keep fairness damping (ties: the lower Gini).
     */
    private void tune(List<Case> validation, List<Case> evaluated, PrintStream out) {
        out.printf(Locale.ROOT, "tuning on %d questions (60 to 80 %% by date)%n", validation.size());
        var prepared = prepare(validation);
        ExpertRanking.Weights best = null;
        Figures bestFigures = null;
        for (double similar : new double[]{0.5, 1, 2})
            for (double accepted : new double[]{1, 3})
                for (double idle : new double[]{0.05, 0.15})
                    for (double active : new double[]{2, 10, 30})
                        for (double speedHours : new double[]{12, 48})
                            for (double load : new double[]{0.25, 1})
                                for (double fairness : new double[]{0, 0.1, 0.25}) {
                                    var w = new ExpertRanking.Weights(similar, accepted, 0.5, idle, active, speedHours,
                                            load, fairness, ExpertRanking.DEFAULT.away());
                                    var f = evaluate(prepared, w);
                                    out.println(w + " " + f.line());
                                    if (fairness > 0 && (bestFigures == null || f.hit5() > bestFigures.hit5()
                                            || (f.hit5() == bestFigures.hit5() && f.gini() < bestFigures.gini()))) {
                                        best = w;
                                        bestFigures = f;
                                    }
                                }
        out.println("best on the tuning questions: " + best + " " + bestFigures.line());
        out.println("with it on the last 20 %:");
        out.println(evaluate(prepare(evaluated), best).line());
    }
}
