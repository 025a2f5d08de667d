package org.muster.qa.importing;

import org.muster.accounts.ImportedMember;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.ConsoleProgress;
import org.muster.platform.Markdown;
import org.muster.platform.MusterCommand;
import org.muster.platform.Role;
import org.muster.qa.QuestionsImported;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code muster import stackexchange <dump.7z or folder> --space <slug>}: streams a Stack Exchange
 * dump into a space in one transaction, so a failure leaves nothing behind and a re-run after the
 * fix completes it; a re-run of a finished import changes nothing.
 *
 * <p>Users become attributed imported members; questions, answers (with accepted answers, scores,
 * views, closed states and duplicate links), comments and tags keep their authors and licence.
 * Votes in dumps are anonymous, so they give up and down counts but no voters.
 */
@Component
class StackExchangeImport implements MusterCommand {

    /** Posts and comments go to PostgreSQL in slices of this many: one look-up of their authors, one COPY. */
    private static final int BATCH = 2_000;

    private final ImportRepository imports;
    private final Members members;
    private final SpaceService spaces;
    private final Markdown markdown;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    StackExchangeImport(ImportRepository imports, Members members, SpaceService spaces, Markdown markdown,
                        TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.imports = imports;
        this.members = members;
        this.spaces = spaces;
        this.markdown = markdown;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import stackexchange <dump.7z or folder> --space <slug>";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws Exception {
        if (args.size() < 2 || !args.getFirst().equals("stackexchange")) throw new CommandFailed("usage: " + usage());
        var slug = option(args, "--space");
        if (slug == null) throw new CommandFailed("name the space to import into with --space <slug>");
        long started = System.nanoTime();
        try (var dump = StackExchangeDump.open(Path.of(args.get(1)))) {
            var source = dump.site();
            var system = new Actor(0L, Role.ADMIN, "import", java.time.ZoneOffset.UTC);
            transaction.executeWithoutResult(tx -> {
                var space = spaceOf(system, slug);
                imports.createScratchTables();
                importUsers(dump, source, out);
                importTags(dump, out);
                importPosts(dump, source, space.id(), out);
                importComments(dump, source, out);
                noteVotes(dump, out);
                noteDuplicates(dump, out);
                imports.firstRevisions(source);
                imports.finish(source);
                events.publishEvent(new QuestionsImported(space.id(), source, imports.count(source, "question"),
                        imports.count(source, "answer")));
            });
            out.printf("Imported %s into %s: %,d questions, %,d answers, %,d comments in %.1f s%n", source, slug,
                    imports.count(source, "question"), imports.count(source, "answer"), imports.countComments(source),
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        }
    }

    private org.muster.spaces.Space spaceOf(Actor system, String slug) {
        try {
            return spaces.view(system, slug).space();
        } catch (org.muster.platform.NotFound e) {
            throw new CommandFailed("there is no space with the slug '" + slug + "'; create it first (/admin/spaces)");
        }
    }

    private void importUsers(StackExchangeDump dump, String source, PrintStream out) {
        // Users.xml streams straight into the accounts module's COPY: nothing in between uses the database.
        members.importMembers(source, add -> stream(dump, "Users.xml", out, true, row ->
                add.accept(new ImportedMember(row.id("Id"), row.get("DisplayName"), clip(row.get("Location"), 100),
                        clip(text(row.get("AboutMe")), 2000), date(row, "CreationDate")))));
    }

    private void importTags(StackExchangeDump dump, PrintStream out) {
        var rows = new ArrayList<MapSqlParameterSource>();
        stream(dump, "Tags.xml", out, false, row -> {
            rows.add(new MapSqlParameterSource("name", tagName(row.get("TagName"))));
            if (rows.size() == BATCH) flush(rows, imports::insertTags);
        });
        flush(rows, imports::insertTags);
    }

    private void importPosts(StackExchangeDump dump, String source, long spaceId, PrintStream out) {
        StackExchangeImport.<ImportRepository.DumpPost>overlapped(add -> stream(dump, "Posts.xml", out, true, row -> {
            var type = row.get("PostTypeId");
            if ("1".equals(type) || "2".equals(type)) add.accept(post(row));
        }), posts -> imports.insertPosts(source, spaceId, posts,
                members.importedIds(source, owners(posts.stream().map(ImportRepository.DumpPost::ownerId)))));
    }

    /** A question or an answer, its HTML sanitized once, here. */
    private ImportRepository.DumpPost post(DumpRows.Row row) {
        boolean question = "1".equals(row.get("PostTypeId"));
        var title = row.get("Title");
        if (question && (title == null || title.isBlank())) throw row.fail("a question without a Title");
        var html = row.get("Body") == null ? "" : row.get("Body");
        boolean closed = question && row.get("ClosedDate") != null;
        return new ImportRepository.DumpPost(row.id("Id"), question, question ? null : row.id("ParentId"),
                question ? row.optionalId("AcceptedAnswerId") : null, row.optionalId("OwnerUserId"),
                row.get("OwnerDisplayName"), row.get("ContentLicense") == null ? "CC BY-SA" : row.get("ContentLicense"),
                question ? title : null, html, markdown.sanitize(html), row.number("Score"),
                question ? row.number("ViewCount") : 0, closed ? timestamp(row, "ClosedDate") : null,
                timestamp(row, "CreationDate"),
                timestamp(row, row.get("LastActivityDate") != null ? "LastActivityDate" : "CreationDate"),
                row.get("LastEditDate") == null ? null : timestamp(row, "LastEditDate"),
                question ? tagsOf(row.get("Tags")) : List.of());
    }

    private void importComments(StackExchangeDump dump, String source, PrintStream out) {
        StackExchangeImport.<ImportRepository.DumpComment>overlapped(add -> stream(dump, "Comments.xml", out, false, row -> add.accept(new ImportRepository.DumpComment(
                row.id("Id"), row.id("PostId"), row.optionalId("UserId"), row.get("UserDisplayName"),
                clip(row.get("Text") == null ? "" : row.get("Text"), 600), timestamp(row, "CreationDate")))),
                comments -> imports.insertComments(source, comments,
                        members.importedIds(source, owners(comments.stream().map(ImportRepository.DumpComment::userId)))));
    }

    private static Set<Long> owners(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * Reads the next slice of a file (XML, sanitizing) on a thread of its own while the transaction's thread
     * writes the last one to PostgreSQL: each half takes seconds per 10,000 posts, and the machine has more
     * than one core. At most two slices wait between them, so memory stays flat.
     */
    private static <T> void overlapped(Consumer<Consumer<T>> read, Consumer<List<T>> write) {
        var slices = new ArrayBlockingQueue<List<T>>(2);
        List<T> end = new ArrayList<>();
        var failure = new AtomicReference<RuntimeException>();
        var reader = Thread.ofPlatform().name("import-reader").start(() -> {
            try {
                var slice = new ArrayList<T>(BATCH);
                read.accept(item -> {
                    slice.add(item);
                    if (slice.size() == BATCH) {
                        put(slices, List.copyOf(slice));
                        slice.clear();
                    }
                });
                if (!slice.isEmpty()) put(slices, List.copyOf(slice));
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                try {
                    slices.put(end);
                } catch (InterruptedException e) {
                    // The writer gave up: nobody waits for the end.
                }
            }
        });
        try {
            for (var slice = take(slices); slice != end; slice = take(slices)) write.accept(slice);
        } finally {
            // A failed write leaves the reader waiting for room: it stops at its next slice, and the room
            // made here takes its end.
            reader.interrupt();
            slices.clear();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null && !(failure.get() instanceof Stopped)) throw failure.get();
    }

    /** The reader's way out when the writer gave up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static <T> void put(ArrayBlockingQueue<List<T>> slices, List<T> slice) {
        try {
            slices.put(slice);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static <T> List<T> take(ArrayBlockingQueue<List<T>> slices) {
        try {
            return slices.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailed("interrupted");
        }
    }

    private void noteVotes(StackExchangeDump dump, PrintStream out) {
        imports.noteVotes(add -> stream(dump, "Votes.xml", out, false, row -> {
            int kind = row.number("VoteTypeId");
            if (kind == 2 || kind == 3) add.accept(new ImportRepository.DumpVote(row.id("PostId"), kind));
        }));
    }

    private void noteDuplicates(StackExchangeDump dump, PrintStream out) {
        imports.noteDuplicates(add -> stream(dump, "PostLinks.xml", out, false, row -> {
            if (row.number("LinkTypeId") == 3) add.accept(new ImportRepository.DumpLink(row.id("PostId"), row.id("RelatedPostId")));
        }));
    }

    private void stream(StackExchangeDump dump, String name, PrintStream out, boolean required, Consumer<DumpRows.Row> each) {
        var file = dump.file(name);
        if (file.isEmpty()) {
            if (required) throw new CommandFailed(name + " is missing from the dump");
            out.println(String.format("%-16s", name) + " not in the dump, skipped");
            return;
        }
        var progress = new ConsoleProgress(out, name, file.get().size());
        var count = new long[1];
        try (var in = file.get().stream()) {
            long rows = DumpRows.read(name, in, row -> {
                each.accept(row);
                count[0]++;
            }, bytes -> progress.update(bytes, count[0]));
            progress.finish(rows);
        } catch (java.io.IOException e) {
            throw new CommandFailed(name + ": " + e.getMessage());
        }
    }

    private static <T> void flush(List<T> batch, Consumer<List<T>> write) {
        if (batch.isEmpty()) return;
        write.accept(List.copyOf(batch));
        batch.clear();
    }

    static List<String> tagsOf(String tags) {
        if (tags == null) return List.of();
        var names = new HashSet<String>();
        for (var part : tags.split("[<>|]")) if (!part.isBlank()) names.add(tagName(part));
        return List.copyOf(names);
    }

    private static String tagName(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static Timestamp timestamp(DumpRows.Row row, String attribute) {
        return Timestamp.from(date(row, attribute));
    }

    private static java.time.Instant date(DumpRows.Row row, String attribute) {
        var value = row.get(attribute);
        if (value == null) throw row.fail("the attribute " + attribute + " is missing");
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw row.fail("the attribute " + attribute + " is not a date: " + value);
        }
    }

    /** Profile text from imported HTML: tags dropped, entities decoded. */
    private static String text(String html) {
        if (html == null) return "";
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("[ \\t]+", " ").strip();
    }

    private static String clip(String text, int max) {
        if (text == null) return null;
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) return args.get(i + 1);
            if (args.get(i).startsWith(name + "=")) return args.get(i).substring(name.length() + 1);
        }
        return null;
    }
}
