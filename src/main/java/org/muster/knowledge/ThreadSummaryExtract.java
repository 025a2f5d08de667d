package org.muster.knowledge;

import org.muster.platform.InputText;
import org.muster.qa.Answer;
import org.muster.qa.Comment;
import org.muster.qa.ThreadContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The extractive summary of a solved thread, computed in-process and explainable: the solution's answers are
 * cut into units (list items, else sentences), code left out; each unit scores for coming early, being a list
 * item, starting with an imperative verb and sharing words with the question, and loses for being too short,
 * too long or a question itself. The best few that score at least 1, in their order in the answer, are the steps; the asker's
 * latest comment or answer saying it worked is the confirmation.
 */
final class ThreadSummaryExtract {

    /** "More than a few answers": a thread with fewer needs no summary above it. */
    static final int MIN_ANSWERS = 3;
    static final int MAX_STEPS = 4;
    /** Below this a unit only comes early (a greeting, a closing line): not a step. */
    static final double MIN_SCORE = 1.0;
    private static final int MAX_CONFIRMATION = 240;

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s+(.+)$");
    private static final Pattern INDENTED_CODE = Pattern.compile("^(?: {4}|\\t).*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu}|\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");

    /** Verbs a step begins with, in the three languages of the interface. */
    private static final Set<String> IMPERATIVES = Set.copyOf(List.of(
            "add", "allow", "apply", "change", "check", "choose", "clear", "click", "close", "configure", "connect",
            "copy", "create", "delete", "disable", "disconnect", "download", "downgrade", "edit", "enable", "enter",
            "flash", "go", "hold", "install", "log", "make", "move", "open", "pair", "plug", "press", "reboot",
            "reinstall", "remove", "rename", "replace", "reset", "restart", "restore", "run", "save", "select", "set",
            "sign", "start", "stop", "switch", "tap", "try", "turn", "type", "uninstall", "unplug", "update", "upgrade",
            "use", "wait",
            "open", "klik", "kies", "ga", "zet", "start", "herstart", "installeer", "verwijder", "controleer", "druk",
            "schakel", "probeer", "gebruik", "wacht", "update", "voeg", "selecteer", "typ",
            "ouvrez", "cliquez", "choisissez", "allez", "mettez", "redémarrez", "installez", "supprimez", "vérifiez",
            "appuyez", "activez", "désactivez", "essayez", "utilisez", "attendez", "ajoutez", "sélectionnez", "tapez",
            "débranchez", "rebranchez", "réinitialisez"));

    /** Words in the asker's follow-up that say the solution worked. */
    private static final Pattern CONFIRMS = Pattern.compile(
            "\\b(?:work(?:s|ed)|fixed|solved|resolved|did the trick|thanks?|thank you|werkt|gelukt|opgelost|bedankt"
                    + "|fonctionne|marche|résolu|réglé|merci)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DENIES = Pattern.compile(
            "\\b(?:not|n't|still|niet|nog steeds|pas|toujours)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ThreadSummaryExtract() {
    }

    /** What a summary is computed from: the steps as Markdown, the solution's key and the confirmation. */
    record Extract(String body, String solution, String confirmation) {
    }

    /** A scored unit of an answer; {@code order} keeps the answers' reading order. */
    record Unit(String text, int order, double score) {
    }

    /** The summary of a thread that deserves one: enough answers and a solution with words in it. */
    static Optional<Extract> of(ThreadContent thread) {
        var solution = thread.solution();
        if (thread.answers().size() < MIN_ANSWERS || solution.isEmpty()) return Optional.empty();
        var question = words(thread.question().title() + " " + thread.question().body());
        var units = new ArrayList<Unit>();
        for (var answer : solution) units.addAll(units(answer.body(), question, units.size()));
        var steps = units.stream().filter(u -> u.score() >= MIN_SCORE).sorted(Comparator.comparingDouble(Unit::score).reversed()).limit(MAX_STEPS)
                .sorted(Comparator.comparingInt(Unit::order)).map(u -> "- " + u.text()).collect(Collectors.joining("\n"));
        if (steps.isEmpty()) return Optional.empty();
        var key = solution.stream().map(a -> a.id() + ":" + (a.editedAt() == null ? "" : a.editedAt().toEpochMilli()))
                .collect(Collectors.joining(","));
        return Optional.of(new Extract(steps, key, confirmation(thread, solution)));
    }

    /** The units of one answer's Markdown with their scores; code blocks and code-only lines left out. */
    static List<Unit> units(String markdown, Set<String> questionWords, int firstOrder) {
        var text = FENCE.matcher(markdown == null ? "" : markdown).replaceAll("");
        var found = new ArrayList<Unit>();
        var paragraph = new StringBuilder();
        for (var line : text.split("\n")) {
            if (INDENTED_CODE.matcher(line).matches() && paragraph.isEmpty()) continue;
            var item = LIST_ITEM.matcher(line);
            if (item.matches() || line.isBlank() || line.stripLeading().startsWith("#") || line.stripLeading().startsWith(">")) {
                sentences(paragraph.toString(), questionWords, firstOrder, found);
                paragraph.setLength(0);
                if (item.matches()) add(item.group(1), true, questionWords, firstOrder, found);
                continue;
            }
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
        }
        sentences(paragraph.toString(), questionWords, firstOrder, found);
        return found;
    }

    private static void sentences(String paragraph, Set<String> questionWords, int firstOrder, List<Unit> found) {
        if (paragraph.isBlank()) return;
        for (var sentence : SENTENCE_END.split(paragraph)) add(sentence, false, questionWords, firstOrder, found);
    }

    private static void add(String raw, boolean listItem, Set<String> questionWords, int firstOrder, List<Unit> found) {
        var text = InputText.singleLine(raw).strip();
        var prose = INLINE_CODE.matcher(text).replaceAll(" ");
        var unitWords = WORD.matcher(prose).results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
        // Mostly code (a command, a path): the reader needs the answer itself for that.
        if (unitWords.size() < 2 || prose.strip().length() * 2 < text.length()) return;
        int position = found.size();
        double score = 1.0 / (1 + position);
        if (listItem) score += 1.5;
        if (IMPERATIVES.contains(unitWords.getFirst())) score += 1.0;
        var content = unitWords.stream().filter(w -> w.length() > 3).collect(Collectors.toSet());
        if (!content.isEmpty()) score += content.stream().filter(questionWords::contains).count() / (double) content.size();
        if (unitWords.size() < 4 || unitWords.size() > 40) score -= 1.0;
        if (text.endsWith("?")) score -= 1.0;
        found.add(new Unit(text, firstOrder + position, score));
    }

    /** The asker's latest comment on the solution or the question, or answer, that says it worked. */
    private static String confirmation(ThreadContent thread, List<Answer> solution) {
        var asker = thread.question().authorId();
        if (asker == null) return null;
        var said = new ArrayList<Said>();
        for (var post : solution) {
            for (Comment c : thread.commentsOf(post.id())) if (asker.equals(c.authorId())) said.add(new Said(c.body(), c.createdAt()));
        }
        for (Comment c : thread.commentsOf(thread.question().id())) if (asker.equals(c.authorId())) said.add(new Said(c.body(), c.createdAt()));
        for (var answer : thread.answers()) if (asker.equals(answer.authorId())) said.add(new Said(answer.body(), answer.createdAt()));
        return said.stream().filter(s -> CONFIRMS.matcher(s.text()).find() && !DENIES.matcher(s.text()).find())
                .max(Comparator.comparing(Said::at)).map(s -> shortened(InputText.singleLine(s.text()).strip())).orElse(null);
    }

    private record Said(String text, java.time.Instant at) {
    }

    private static String shortened(String text) {
        if (text.length() <= MAX_CONFIRMATION) return text;
        var cut = text.lastIndexOf(' ', MAX_CONFIRMATION - 1);
        return text.substring(0, cut > MAX_CONFIRMATION / 2 ? cut : MAX_CONFIRMATION - 1) + "…";
    }

    private static Set<String> words(String text) {
        return WORD.matcher(text).results().map(m -> m.group().toLowerCase(Locale.ROOT)).filter(w -> w.length() > 3)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
