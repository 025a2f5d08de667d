package org.muster.qa.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/import}'s large dump: a Stack Exchange dump written {@code copies} times into one folder
 * in the dump's own format, each copy under ids shifted by {@link #STRIDE} (users, posts, comments, votes
 * and links together, so parents, accepted answers, authors and duplicate links stay consistent). Tags are
 * names, written once; files the dump lacks stay missing. Prints the rows written per file.
 *
 * <p>{@code RepeatedDump <dump.7z or folder> <copies> <folder to create>}
 */
public final class RepeatedDump {

    /** Far above any id of the dumps we repeat, so copies never collide (the Community user is -1). */
    static final long STRIDE = 10_000_000;

    /** The attributes holding ids, per file. */
    private static final Map<String, Set<String>> IDS = Map.of(
            "Users.xml", Set.of("Id"),
            "Posts.xml", Set.of("Id", "ParentId", "AcceptedAnswerId", "OwnerUserId", "LastEditorUserId"),
            "Comments.xml", Set.of("Id", "PostId", "UserId"),
            "Votes.xml", Set.of("Id", "PostId", "UserId"),
            "PostLinks.xml", Set.of("Id", "PostId", "RelatedPostId"));

    private RepeatedDump() {
    }

    public static void main(String[] args) throws Exception {
        repeat(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]))
                .forEach((file, rows) -> System.out.printf("%s %d%n", file, rows));
    }

    /** Writes the copies; returns the rows written per file. */
    static Map<String, Long> repeat(Path source, int copies, Path target) throws Exception {
        Files.createDirectories(target);
        var written = new LinkedHashMap<String, Long>();
        try (var dump = StackExchangeDump.open(source)) {
            for (var name : new String[]{"Users.xml", "Tags.xml", "Posts.xml", "Comments.xml", "Votes.xml", "PostLinks.xml"}) {
                var file = dump.file(name);
                if (file.isEmpty()) continue;
                written.put(name, write(name, file.get(), IDS.containsKey(name) ? copies : 1, target.resolve(name)));
            }
        }
        return written;
    }

    private static long write(String name, StackExchangeDump.File source, int copies, Path file) throws Exception {
        var element = name.substring(0, name.length() - ".xml".length()).toLowerCase(Locale.ROOT);
        var ids = IDS.getOrDefault(name, Set.of());
        byte[] xml;
        // Read once: a 7z entry would be decompressed again from its block's start for every copy.
        try (var in = source.stream()) {
            xml = in.readAllBytes();
        }
        long rows = 0;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<" + element + ">\n");
            for (int copy = 0; copy < copies; copy++) {
                long shift = copy * STRIDE;
                rows += DumpRows.read(name, new ByteArrayInputStream(xml), row -> row(out, row.attributes(), ids, shift), bytes -> {
                });
            }
            out.write("</" + element + ">\n");
        }
        return rows;
    }

    private static void row(Writer out, Map<String, String> attributes, Set<String> ids, long shift) {
        var line = new StringBuilder("  <row");
        for (var attribute : attributes.entrySet()) {
            var value = attribute.getValue();
            if (shift != 0 && ids.contains(attribute.getKey())) value = Long.toString(Long.parseLong(value) + shift);
            line.append(' ').append(attribute.getKey()).append("=\"");
            // As the dumps escape: a parser would turn a raw line break in an attribute into a space.
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> line.append("&amp;");
                    case '<' -> line.append("&lt;");
                    case '>' -> line.append("&gt;");
                    case '"' -> line.append("&quot;");
                    case '\n' -> line.append("&#xA;");
                    case '\r' -> line.append("&#xD;");
                    case '\t' -> line.append("&#x9;");
                    default -> line.append(c);
                }
            }
            line.append('"');
        }
        try {
            out.write(line.append(" />\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
