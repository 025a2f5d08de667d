package org.muster.qa.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muster.BeerImport;
import org.muster.SharedData;
import org.muster.platform.MusterCommand.CommandFailed;
import org.muster.qa.QaFixture;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The beer.stackexchange.com dump of June 2020, from ../shared/data (see {@link SharedData}): the full dump
 * through the import all tests share ({@link BeerImport}), a slice of it where a test needs an import of its own.
 */
class StackExchangeImportTests extends QaFixture {

    private static Path beer() {
        return BeerImport.dump();
    }

    @Autowired
    StackExchangeImport importer;

    @TempDir
    Path folder;

    private String run(String dump, String space) throws Exception {
        var out = new ByteArrayOutputStream();
        importer.run(List.of("stackexchange", dump, "--space", space), new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String state(String source) {
        return db.sql("""
                        select count(*) || '/' || coalesce(sum(score), 0) || '/' || coalesce(sum(answer_count), 0) || '/'
                               || count(*) filter (where solved) || '/' || count(*) filter (where status = 'closed') || '/'
                               || count(*) filter (where duplicate_of is not null) || '/' || coalesce(sum(comment_count), 0) || '/'
                               || coalesce(sum(up_votes + down_votes), 0)
                        from posts where source = :source""")
                .param("source", source).query(String.class).single();
    }

    @Test
    void importsTheBeerDumpWithAttributionAndARerunChangesNothing() throws Exception {
        var imported = beerImport();
        assertThat(imported.report()).contains("1,029 questions, 2,277 answers, 3,509 comments");
        var source = "beer.stackexchange.com";
        assertThat(db.sql("select count(*) from posts where source = :s and status = 'closed'").param("s", source)
                .query(Long.class).single()).isEqualTo(76);
        assertThat(db.sql("select count(*) from posts where source = :s and duplicate_of is not null").param("s", source)
                .query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from members where source = :s").param("s", source).query(Long.class).single())
                .isEqualTo(6_863);
        var before = state(source);

        long citra = db.sql("select id from posts where source = :s and source_id = 1").param("s", source).query(Long.class).single();
        var json = http.get("/api/v1/questions/" + citra).json();
        assertThat(json.get("title").asString()).isEqualTo("What is a citra hop, and how does it differ from other hops?");
        assertThat(json.get("solved").asBoolean()).isTrue();
        assertThat(json.get("author").get("license").asString()).isEqualTo("CC BY-SA 3.0");
        assertThat(json.get("author").get("original").asString()).isEqualTo("https://beer.stackexchange.com/q/1");
        var page = http.get("/questions/" + citra).body();
        assertThat(page).contains("Imported from Stack Exchange", "CC BY-SA 3.0", "https://beer.stackexchange.com/q/1");

        run(beer().toString(), imported.space());
        assertThat(state(source)).isEqualTo(before);
        assertThat(db.sql("select count(*) from members where source = :s").param("s", source).query(Long.class).single())
                .isEqualTo(6_863);
    }

    @Test
    void aTruncatedFileIsNamedWithItsLineAndLeavesNothingHalfImported() throws Exception {
        setUpSpace("public");
        var site = slice("truncated.stackexchange.com", false);
        var posts = Files.readString(site.resolve("Posts.xml"));
        Files.writeString(site.resolve("Posts.xml"), posts.substring(0, posts.length() / 2));

        assertThatThrownBy(() -> run(site.toString(), space))
                .isInstanceOf(CommandFailed.class)
                .hasMessageStartingWith("Posts.xml line ");
        var source = "truncated.stackexchange.com";
        assertThat(state(source)).startsWith("0/");
        assertThat(db.sql("select count(*) from members where source = :s").param("s", source).query(Long.class).single()).isZero();

        Files.writeString(site.resolve("Posts.xml"), posts);
        // The first 300 posts hold 117 questions and the 167 answers to them.
        assertThat(run(site.toString(), space)).contains("117 questions, 167 answers");
        assertThat(http.get("/api/v1/questions?space=" + space + "&size=5").json().get("questions").size()).isEqualTo(5);
    }

    @Test
    void aDumpRepeatedUnderNewIdsImportsEachCopyWithTheSameCounts() throws Exception {
        setUpSpace("public");
        var once = slice("once.stackexchange.com", true);
        var thrice = folder.resolve("thrice.stackexchange.com");
        var written = RepeatedDump.repeat(once, 3, thrice);
        assertThat(written.get("Posts.xml")).isEqualTo(900);

        assertThat(run(once.toString(), space)).contains("117 questions, 167 answers");
        assertThat(run(thrice.toString(), space)).contains("351 questions, 501 answers");
        var single = state("once.stackexchange.com").split("/");
        var tripled = state("thrice.stackexchange.com").split("/");
        for (int i = 0; i < single.length; i++)
            assertThat(Long.parseLong(tripled[i])).as("figure %d of %s", i, String.join("/", single))
                    .isEqualTo(3 * Long.parseLong(single[i]));
        assertThat(Long.parseLong(single[single.length - 1])).as("votes counted").isNotZero();
        // Every copy of a person is a member, though the first copy's handles were all taken by the first import.
        assertThat(db.sql("select count(*) || '/' || count(distinct mention_handle) from members where source = :s")
                .param("s", "thrice.stackexchange.com").query(String.class).single()).isEqualTo("3000/3000");
    }

    /** The dump's first rows, as a site of its own: a fresh import, a fraction of the whole one's cost. */
    private Path slice(String site, boolean withVotes) throws Exception {
        var folder = this.folder.resolve(site);
        Files.createDirectories(folder);
        var files = new ArrayList<>(List.of(Map.entry("Users.xml", 1_000), Map.entry("Tags.xml", Integer.MAX_VALUE),
                Map.entry("Posts.xml", 300), Map.entry("Comments.xml", 300), Map.entry("PostLinks.xml", Integer.MAX_VALUE)));
        if (withVotes) files.add(Map.entry("Votes.xml", Integer.MAX_VALUE));
        try (var dump = StackExchangeDump.open(beer())) {
            for (var file : files)
                try (var in = dump.file(file.getKey()).orElseThrow().stream()) {
                    Files.writeString(folder.resolve(file.getKey()), firstRows(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getValue()));
                }
        }
        return folder;
    }

    /** The XML file with only its first rows (a dump has one row per line), still well formed. */
    private static String firstRows(String xml, int rows) {
        var kept = new ArrayList<String>();
        int seen = 0;
        for (var line : xml.lines().toList()) {
            boolean row = line.stripLeading().startsWith("<row");
            if (row && ++seen > rows) continue;
            kept.add(line);
        }
        return String.join("\n", kept) + "\n";
    }

    @Test
    void refusesAnUnknownSpaceAndAMissingDump() {
        setUpSpace("public");
        assertThatThrownBy(() -> importer.run(List.of("stackexchange", "/no/such/dump.7z", "--space", space), System.out))
                .isInstanceOf(CommandFailed.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> importer.run(List.of("stackexchange", beer().toString()), System.out))
                .isInstanceOf(CommandFailed.class).hasMessageContaining("--space");
        assertThatThrownBy(() -> importer.run(List.of("stackexchange", beer().toString(), "--space", "nowhere"), System.out))
                .isInstanceOf(CommandFailed.class).hasMessageContaining("no space with the slug 'nowhere'");
    }

    @Test
    void tagsComeInBothDumpFormats() {
        assertThat(StackExchangeImport.tagsOf("<hops><ipa>")).containsExactlyInAnyOrder("hops", "ipa");
        assertThat(StackExchangeImport.tagsOf("|hops|ipa|")).containsExactlyInAnyOrder("hops", "ipa");
    }
}
