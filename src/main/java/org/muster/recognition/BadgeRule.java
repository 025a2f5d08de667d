package org.muster.recognition;

import org.muster.platform.Invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A badge rule over a member's counters, e.g. {@code accepted >= 5 and tag("router") >= 100}.
 * Counters: answers, questions, accepted, reputation, helped, validated, and tag("name") for
 * reputation in a tag; comparisons >=, >, <=, <, =; and, or, parentheses. A rule that does not
 * parse is refused with the position (1-based) where it went wrong.
 */
final class BadgeRule {

    static final List<String> COUNTERS = List.of("answers", "questions", "accepted", "reputation", "helped", "validated");

    /** What a rule is evaluated against. */
    record Counters(Map<String, Integer> values, Map<String, Integer> tags) {
        int get(String name, String tag) {
            return tag != null ? tags.getOrDefault(tag, 0) : values.getOrDefault(name, 0);
        }
    }

    private sealed interface Node permits Or, And, Compare {
        boolean test(Counters c);
    }

    private record Or(List<Node> parts) implements Node {
        public boolean test(Counters c) {
            return parts.stream().anyMatch(p -> p.test(c));
        }
    }

    private record And(List<Node> parts) implements Node {
        public boolean test(Counters c) {
            return parts.stream().allMatch(p -> p.test(c));
        }
    }

    private record Compare(String counter, String tag, String op, int value) implements Node {
        public boolean test(Counters c) {
            int v = c.get(counter, tag);
            return switch (op) {
                case ">=" -> v >= value;
                case ">" -> v > value;
                case "<=" -> v <= value;
                case "<" -> v < value;
                default -> v == value;
            };
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<num>\\d{1,9})|(?<op>>=|<=|>|<|=)|(?<str>\"[^\"]{1,40}\")|(?<word>[A-Za-z]+)|(?<punct>[()]))");

    private record Token(String kind, String text, int position) {
    }

    private final List<Token> tokens;
    private int at;
    private final Node root;
    private final String source;

    private BadgeRule(String source) {
        this.source = source;
        this.tokens = tokenize(source);
        this.root = or();
        if (at < tokens.size()) throw error(tokens.get(at).position(), "expected and, or or the end");
    }

    static BadgeRule parse(String source) {
        if (source == null || source.isBlank()) throw new Invalid("rule", "badge.rule.syntax", 1, "the rule is empty");
        if (source.length() > 500) throw new Invalid("rule", "badge.rule.syntax", 501, "the rule is longer than 500 characters");
        return new BadgeRule(source);
    }

    boolean test(Counters counters) {
        return root.test(counters);
    }

    /** The tags the rule reads, so evaluation fetches only those. */
    List<String> tags() {
        var tags = new ArrayList<String>();
        collect(root, tags);
        return tags;
    }

    private static void collect(Node node, List<String> tags) {
        switch (node) {
            case Or or -> or.parts().forEach(p -> collect(p, tags));
            case And and -> and.parts().forEach(p -> collect(p, tags));
            case Compare compare -> { if (compare.tag() != null) tags.add(compare.tag()); }
        }
    }

    private Node or() {
        var parts = new ArrayList<Node>(List.of(and()));
        while (word("or")) parts.add(and());
        return parts.size() == 1 ? parts.getFirst() : new Or(parts);
    }

    private Node and() {
        var parts = new ArrayList<Node>(List.of(factor()));
        while (word("and")) parts.add(factor());
        return parts.size() == 1 ? parts.getFirst() : new And(parts);
    }

    private Node factor() {
        if (peek("punct", "(")) {
            at++;
            var inner = or();
            expect("punct", ")", "expected )");
            return inner;
        }
        var name = expect("word", null, "expected a counter: " + String.join(", ", COUNTERS) + " or tag(\"name\")");
        String tag = null;
        if (name.text().equals("tag")) {
            expect("punct", "(", "expected ( after tag");
            var quoted = expect("str", null, "expected a tag name in quotes");
            tag = quoted.text().substring(1, quoted.text().length() - 1).toLowerCase(java.util.Locale.ROOT);
            expect("punct", ")", "expected )");
        } else if (!COUNTERS.contains(name.text())) {
            throw error(name.position(), "unknown counter " + name.text());
        }
        var op = expect("op", null, "expected >=, >, <=, < or =");
        var number = expect("num", null, "expected a number");
        return new Compare(name.text(), tag, op.text(), Integer.parseInt(number.text()));
    }

    private boolean word(String word) {
        if (peek("word", word)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean peek(String kind, String text) {
        return at < tokens.size() && tokens.get(at).kind().equals(kind) && (text == null || tokens.get(at).text().equals(text));
    }

    private Token expect(String kind, String text, String message) {
        if (!peek(kind, text)) throw error(at < tokens.size() ? tokens.get(at).position() : source.length() + 1, message);
        return tokens.get(at++);
    }

    private List<Token> tokenize(String text) {
        var found = new ArrayList<Token>();
        Matcher m = TOKEN.matcher(text);
        int position = 0;
        while (position < text.length()) {
            if (!m.find(position) || m.start() != position || m.end() == position) {
                if (text.substring(position).isBlank()) break;
                int bad = position;
                while (bad < text.length() && Character.isWhitespace(text.charAt(bad))) bad++;
                throw error(bad + 1, "unexpected character '" + text.charAt(bad) + "'");
            }
            for (var kind : List.of("num", "op", "str", "word", "punct"))
                if (m.group(kind) != null) {
                    var value = kind.equals("word") ? m.group(kind).toLowerCase(java.util.Locale.ROOT) : m.group(kind);
                    found.add(new Token(kind, value, m.start(kind) + 1));
                }
            position = m.end();
        }
        return found;
    }

    private static Invalid error(int position, String message) {
        return new Invalid("rule", "badge.rule.syntax", position, message);
    }
}
