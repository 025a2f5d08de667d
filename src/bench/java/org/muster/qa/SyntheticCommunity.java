package org.muster.qa;

import org.muster.accounts.ImportedMember;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.MusterCommand;
import org.muster.platform.Role;
import org.muster.qa.importing.ImportRepository;
import org.muster.spaces.SpaceInput;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * {@code bench/generate --questions 200000 [--space bench]}: a large synthetic community for load
 * tests, generated inside PostgreSQL from the question number alone, so every run builds the same
 * data. Questions get 0 to 3 answers, tags, scores, views, and a third are solved.
 */
@Component
class SyntheticCommunity implements MusterCommand {

    static final String SOURCE = "synthetic";
    private static final int MEMBERS = 2_000;
    private static final int CHUNK = 20_000;

    private final SyntheticRepository synthetic;
    private final ImportRepository imports;
    private final Members members;
    private final SpaceService spaces;
    private final TransactionTemplate transaction;

    SyntheticCommunity(SyntheticRepository synthetic, ImportRepository imports, Members members, SpaceService spaces,
                       TransactionTemplate transaction) {
        this.synthetic = synthetic;
        this.imports = imports;
        this.members = members;
        this.spaces = spaces;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --questions <count> [--space <slug>]   (synthetic data for benchmarks)";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        long count = Long.parseLong(option(args, "--questions", "200000"));
        var slug = option(args, "--space", "bench");
        var system = new Actor(0L, Role.ADMIN, "generate", ZoneId.of("UTC"));
        long started = System.nanoTime();
        long spaceId = transaction.execute(tx -> space(system, slug));
        transaction.executeWithoutResult(tx -> {
            var people = new ArrayList<ImportedMember>();
            for (long i = 1; i <= MEMBERS; i++) people.add(new ImportedMember(i, "Member " + i, "", "", Instant.parse("2024-01-01T00:00:00Z")));
            members.importMembers(SOURCE, add -> people.forEach(add));
        });
        var authorIds = transaction.execute(tx -> members.importedIds(SOURCE, LongStream.rangeClosed(1, MEMBERS).boxed().toList()))
                .values().stream().sorted().toList();
        for (long from = 1; from <= count; from += CHUNK) {
            long first = from;
            long last = Math.min(count, from + CHUNK - 1);
            transaction.executeWithoutResult(tx -> synthetic.generate(spaceId, authorIds, first, last));
            out.printf("\rgenerated %,d of %,d questions", last, count);
        }
        out.println();
        transaction.executeWithoutResult(tx -> {
            imports.createScratchTables();
            imports.finish(SOURCE);
        });
        out.printf("Generated %,d questions with %,d answers in space %s in %d s%n", imports.count(SOURCE, "question"),
                imports.count(SOURCE, "answer"), slug, Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private long space(Actor system, String slug) {
        var existing = spaces.listVisible(system).stream().filter(s -> s.slug().equals(slug)).findFirst();
        if (existing.isPresent()) return existing.get().id();
        return spaces.create(system, new SpaceInput(slug, "Benchmark", "Synthetic questions for load tests.",
                "public", List.of(), List.of())).space().id();
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
    }
}
