package org.muster.routing;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.SequencedSet;
import java.util.regex.Pattern;

/**
 * The {@code @handles} a Markdown post names, in order, lower case: in its prose only, so code (where
 * {@code @Override} is no person) and raw HTML name nobody, nor does an e-mail address.
 */
final class MentionText {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@.+-])@([A-Za-z0-9_]{2,30})(?![A-Za-z0-9_@])");

    private MentionText() {
    }

    static SequencedSet<String> handles(String markdown) {
        var handles = new LinkedHashSet<String>();
        if (markdown == null || markdown.indexOf('@') < 0) return handles;
        var prose = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                prose.append(text.getLiteral());
            }

            // Whatever is not prose still separates the words around it.
            @Override
            public void visit(Code code) {
                prose.append(' ');
            }

            @Override
            public void visit(HtmlInline html) {
                prose.append(' ');
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                prose.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                prose.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                for (var node = parent.getFirstChild(); node != null; node = node.getNext()) {
                    node.accept(this);
                    if (node instanceof Block) prose.append(' ');
                }
            }

            @Override
            public void visit(FencedCodeBlock code) {
            }

            @Override
            public void visit(IndentedCodeBlock code) {
            }

            @Override
            public void visit(HtmlBlock html) {
            }
        });
        var matcher = MENTION.matcher(prose);
        while (matcher.find()) handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
        return handles;
    }
}
