package org.muster.knowledge;

import org.muster.platform.Markdown;
import org.muster.platform.PageMeta;
import org.muster.platform.SiteLinks;
import org.muster.qa.Answer;
import org.muster.qa.QuestionPageMeta;
import org.muster.qa.ThreadContent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * What a public question page tells search engines: its canonical address, a description (the summary's words,
 * else the solution's, else the question's), OpenGraph, and schema.org {@code QAPage} JSON-LD with accepted and
 * staff-validated answers as {@code acceptedAnswer} and the others as {@code suggestedAnswer}. Only for questions
 * visitors may see (live, in a public space): a member's view of a private space carries none of it. Q&A hands
 * over the thread it has read for the page, so the head costs no statement of its own.
 */
@Component
class QuestionStructuredData implements QuestionPageMeta {

    static final int DESCRIPTION = 160;

    private final SiteLinks links;
    private final JsonMapper json;

    QuestionStructuredData(SiteLinks links, JsonMapper json) {
        this.links = links;
        this.json = json;
    }

    @Override
    public Optional<PageMeta> of(ThreadContent thread, boolean publicSpace, String summary) {
        var question = thread.question();
        if (!publicSpace || question.deleted() || question.held()) return Optional.empty();
        var canonical = links.absolute(SitemapQuestions.pathOf(question.id(), question.title()));
        return Optional.of(new PageMeta(description(thread, summary), canonical, "article",
                thread.answers().isEmpty() ? null : json.writeValueAsString(qaPage(thread, canonical))));
    }

    private static String description(ThreadContent thread, String summary) {
        var solution = thread.solution();
        var text = Optional.ofNullable(summary)
                .or(() -> solution.stream().findFirst().map(a -> Markdown.plainText(a.bodyHtml())))
                .orElseGet(() -> Markdown.plainText(thread.question().bodyHtml()));
        return shortened(text.isBlank() ? thread.question().title() : text);
    }

    /** At most 160 characters, cut after a sentence when one ends late enough, else after a word. */
    static String shortened(String text) {
        var plain = text.replaceAll("\\s+", " ").strip();
        if (plain.length() <= DESCRIPTION) return plain;
        var head = plain.substring(0, DESCRIPTION - 1);
        int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        if (sentence >= DESCRIPTION / 2) return head.substring(0, sentence + 1);
        int word = head.lastIndexOf(' ');
        return (word >= DESCRIPTION / 2 ? head.substring(0, word) : head) + "…";
    }

    private ObjectNode qaPage(ThreadContent thread, String canonical) {
        var q = thread.question();
        var page = json.createObjectNode().put("@context", "https://schema.org").put("@type", "QAPage");
        var question = page.putObject("mainEntity").put("@type", "Question").put("name", q.title())
                .put("text", Markdown.plainText(q.bodyHtml())).put("answerCount", thread.answers().size())
                .put("upvoteCount", q.score()).put("dateCreated", q.createdAt().toString());
        author(question, thread, q.authorId(), q.sourceAuthor());
        var solution = thread.solution();
        var accepted = question.putArray("acceptedAnswer");
        var suggested = question.putArray("suggestedAnswer");
        for (var answer : thread.answers())
            (solution.contains(answer) ? accepted : suggested).add(answer(thread, answer, canonical));
        if (accepted.isEmpty()) question.remove("acceptedAnswer");
        if (suggested.isEmpty()) question.remove("suggestedAnswer");
        return page;
    }

    private ObjectNode answer(ThreadContent thread, Answer a, String canonical) {
        var node = json.createObjectNode().put("@type", "Answer").put("text", Markdown.plainText(a.bodyHtml()))
                .put("upvoteCount", a.score()).put("dateCreated", a.createdAt().toString())
                .put("url", canonical + "#post-" + a.id());
        author(node, thread, a.authorId(), a.sourceAuthor());
        return node;
    }

    private void author(ObjectNode post, ThreadContent thread, Long authorId, String importedName) {
        var name = thread.authorName(authorId, importedName);
        if (name == null) return;
        var person = post.putObject("author").put("@type", "Person").put("name", name);
        if (authorId != null && thread.authorNames().containsKey(authorId))
            person.put("url", links.absolute("/members/" + authorId));
    }

}
