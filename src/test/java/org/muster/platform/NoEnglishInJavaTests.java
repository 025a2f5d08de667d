package org.muster.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text for people comes from the message bundles, so that each reader gets it in their language: a
 * sentence written in Java reaches everyone in English. This reads every string literal in the main
 * sources and fails on those that look like a sentence for a person, naming file and line. Left
 * alone: what operators and developers read in one language, as they read the configuration (log
 * calls, console output, start-up failure analyses, exceptions other than {@link MusterException},
 * whose messages are keys) and annotations (OpenAPI descriptions, schedules, properties); what
 * else is meant to stay in English is listed below with the reason.
 */
class NoEnglishInJavaTests {

    private static final Path SOURCES = Path.of("src/main/java");

    /** At least two words, and either a capital first letter or a sentence's closing mark. */
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}+[,:;]?\\s+\\p{L}+");
    private static final Pattern CALL = Pattern.compile("(@?[\\w.]+)\\s*$");
    private static final Pattern LOG = Pattern.compile("(?:^|\\.)(?:log|logger|LOG)\\.(?:trace|debug|info|warn|error)$");
    private static final Pattern CONSOLE = Pattern.compile("^(?:System\\.)?(?:out|err)\\.(?:print|println|printf|format)$");
    private static final Pattern EXTENDS = Pattern.compile("class\\s+(\\w+)(?:<[^>]*>)?\\s+extends\\s+([\\w.]+)");
    /** Written for operators by the console and by start-up, outside any reader's request. */
    private static final Set<String> OPERATOR_TEXT = Set.of("FailureAnalysis", "ConsoleProgress");

    /** English on purpose, as "File.java: the literal's start" (a file name alone: the whole file). */
    private static final Set<String> ALLOWED = Set.of(
            // Content, not interface: the demo and load-test communities are posts and spaces in one
            // language, loaded as members would write them; their command output is for the operator.
            "DemoCommunity.java: ",
            "DemoThreads.java: ",
            "DemoMissions.java: ",
            "DemoKnowledge.java: ",
            "SyntheticCommunity.java: Synthetic questions for load tests.",
            // Stored as data that people then edit: the first name of a new API token, the default
            // community guidelines, and the label written into a masked post ("[redacted API key]").
            "ApiTokenService.java: API token",
            "Settings.java: ## Be helpful and kind",
            "Redactor.java: IP address",
            "Redactor.java: API key",
            // Built-in badges' text as written into the badges table when first earned: Open Badges
            // credentials are signed over it and must keep saying it; pages and the API tell these
            // badges from the message bundles by slug instead (BuiltInBadges).
            "Badges.java: First answer",
            "Badges.java: Answered a question for the first time.",
            "Badges.java: Gave an answer the asker accepted.",
            "Badges.java: answers that askers accepted.",
            "Badges.java: Helpful streak",
            "Badges.java: Posts marked \"this helped me\" in",
            "Badges.java: weeks in a row.",
            "Badges.java: Fast responder",
            "Badges.java: Answered within an hour, and the answer was accepted.",
            "Badges.java: Accepted answer within an hour",
            // For developers and machines: the OpenAPI document, an HTTP header, a licence's name,
            // search-evaluation figures.
            "ApiDocs.java: Muster API",
            "ApiDocs.java: JSON API of Muster.",
            "BearerTokenFilter.java: Bearer error=",
            "StackExchangeImport.java: CC BY-SA",
            "RankingMetrics.java: MAP=");

    @Test
    void sentencesForPeopleComeFromTheMessageBundles() throws IOException {
        var found = new ArrayList<String>();
        List<Path> files;
        try (var walk = Files.walk(SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        var sources = new LinkedHashMap<Path, String>();
        for (var file : files) sources.put(file, Files.readString(file));
        var exceptions = Exceptions.declaredIn(sources.values());
        for (var file : files) {
            var name = SOURCES.relativize(file).toString().replace('\\', '/');
            for (var literal : literals(sources.get(file), exceptions)) {
                if (!sentence(literal.text())) continue;
                var where = file.getFileName() + ": " + literal.text().strip();
                if (ALLOWED.stream().anyMatch(where::startsWith)) continue;
                found.add(name + ":" + literal.line() + ": \"" + literal.text() + "\"");
            }
        }
        assertThat(found).as("English sentences built in Java; put them in messages.properties").isEmpty();
    }

    @Test
    void theScanFindsASentenceAndLeavesLogsExceptionsAndAnnotationsAlone() {
        var source = """
                @Operation(summary = "Lists the questions of a space")
                class Example {
                    void run() {
                        log.warn("Mail {} failed: {}", id, error);
                        if (x) throw new IllegalStateException("No such member in the cache.");
                        mailer.send(email, "Your request: " + title, "Hello " + name);
                        var sql = "select id from members where id = :id";
                        throw new Forbidden("Only the asker or staff can accept an answer.");
                        System.out.printf("Indexed %d questions in %.1f s%n", count, seconds);
                    }
                }
                """;
        var sentences = literals(source, new Exceptions(Map.of())).stream().filter(l -> sentence(l.text())).map(Literal::text).toList();
        assertThat(sentences).containsExactly("Your request: ", "Only the asker or staff can accept an answer.");
    }

    private static boolean sentence(String text) {
        var t = text.strip();
        if (!TWO_WORDS.matcher(t).find()) return false;
        return Character.isUpperCase(t.charAt(0)) || t.endsWith(".") || t.endsWith("!") || t.endsWith("?");
    }

    record Literal(String text, int line) {
    }

    /**
     * The string literals and text blocks of a source outside comments, except those inside a log
     * call, the construction of an exception or error, or an annotation: a small lexer that keeps
     * the open parentheses and what each belongs to.
     */
    static List<Literal> literals(String source, Exceptions exceptions) {
        var literals = new ArrayList<Literal>();
        Deque<Boolean> exempt = new ArrayDeque<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != '\'') end += source.charAt(end) == '\\' ? 2 : 1;
                i = end + 1;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                if (!exempt.contains(true)) literals.add(new Literal(source.substring(i + 3, end), line));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"') {
                var text = new StringBuilder();
                int end = i + 1;
                while (end < n && source.charAt(end) != '"') {
                    if (source.charAt(end) == '\\' && end + 1 < n) {
                        text.append(switch (source.charAt(end + 1)) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> source.charAt(end + 1);
                        });
                        end += 2;
                    } else {
                        text.append(source.charAt(end++));
                    }
                }
                if (!exempt.contains(true)) literals.add(new Literal(text.toString(), line));
                i = end + 1;
            } else if (c == '(') {
                exempt.push(exempt(source.substring(Math.max(0, i - 200), i), enclosingClassExtends(source, i), exceptions));
                i++;
            } else if (c == ')') {
                if (!exempt.isEmpty()) exempt.pop();
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    /**
     * Whether the parenthesis opened right after this text belongs to an annotation, a log call,
     * console output, or the making of an exception for developers (also its constructor's super).
     */
    private static boolean exempt(String before, String superclass, Exceptions exceptions) {
        var call = CALL.matcher(before);
        if (!call.find()) return false;
        var name = call.group(1);
        if (name.startsWith("@")) return true;
        if (LOG.matcher(name).find() || CONSOLE.matcher(name).find()) return true;
        if (name.equals("super")) return superclass != null && exceptions.forDevelopers(simple(superclass));
        var made = before.substring(0, call.start()).stripTrailing().endsWith("new");
        return made && (exceptions.forDevelopers(simple(name)) || OPERATOR_TEXT.contains(simple(name)));
    }

    /**
     * Exceptions whose message only developers and operators read: the JDK's and the libraries'
     * (named ...Exception or ...Error) and ours derived from them, but not {@link MusterException},
     * whose messages are keys that pages and the API render for the reader.
     */
    record Exceptions(Map<String, String> parents) {

        static Exceptions declaredIn(Collection<String> sources) {
            var parents = new HashMap<String, String>();
            for (var source : sources) {
                var declared = EXTENDS.matcher(source);
                while (declared.find()) parents.put(declared.group(1), simple(declared.group(2)));
            }
            return new Exceptions(parents);
        }

        boolean forDevelopers(String type) {
            if (type == null || type.equals("MusterException")) return false;
            if (parents.containsKey(type)) return forDevelopers(parents.get(type));
            return type.endsWith("Exception") || type.endsWith("Error");
        }
    }

    /** The superclass of the class declared last before this position: the one a super(...) call is in. */
    private static String enclosingClassExtends(String source, int position) {
        var declared = EXTENDS.matcher(source.substring(0, position));
        String superclass = null;
        while (declared.find()) superclass = declared.group(2);
        return superclass;
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to && i < source.length(); i++) if (source.charAt(i) == '\n') lines++;
        return lines;
    }
}
