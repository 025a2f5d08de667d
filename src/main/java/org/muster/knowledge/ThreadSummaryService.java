package org.muster.knowledge;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.PayloadTooLarge;
import org.muster.qa.Question;
import org.muster.qa.QuestionService;
import org.muster.qa.ThreadContents;
import org.muster.qa.ThreadSummaries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Thread summaries: read where the question is visible, edited by staff and by champions of the question's
 * tags, and kept current from the thread by {@link ThreadSummaryFollower}. An edit stays until the thread has
 * no solution any more; when the solution changes under it, it is kept and marked as possibly outdated, so that
 * an editor looks again rather than losing the words a person chose.
 */
@Service
@NamedInterface("api")
public class ThreadSummaryService implements ThreadSummaries {

    static final int MAX_BYTES = 8 * 1024;

    private final ThreadSummaryRepository summaries;
    private final QuestionService questions;
    private final ThreadContents threads;
    private final TagChampions champions;
    private final Members members;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;

    ThreadSummaryService(ThreadSummaryRepository summaries, QuestionService questions, ThreadContents threads,
                         TagChampions champions, Members members, Markdown markdown, ApplicationEventPublisher events) {
        this.summaries = summaries;
        this.questions = questions;
        this.threads = threads;
        this.champions = champions;
        this.members = members;
        this.markdown = markdown;
        this.events = events;
    }

    /** The summary of a question the reader may see; 404 when he may not or it has none. */
    @Transactional(readOnly = true)
    public ThreadSummary get(Actor actor, long questionId) {
        questions.get(actor, questionId);
        return summaries.find(questionId).orElseThrow(NotFound::new);
    }

    /** A summary as its editor opens it: 403 for readers who may not edit it, 404 when there is none. */
    @Transactional(readOnly = true)
    public ThreadSummary toEdit(Actor actor, long questionId) {
        actor.requireMember();
        var question = questions.get(actor, questionId);
        if (!mayEdit(actor, question)) throw new Forbidden("summary.forbidden");
        return summaries.find(questionId).orElseThrow(NotFound::new);
    }

    /** Whether the reader may edit this question's summary: staff, or a champion of one of its tags. */
    @Transactional(readOnly = true)
    public boolean mayEdit(Actor actor, Question question) {
        return champions.lookAfter(actor, question);
    }

    @Transactional
    public ThreadSummary edit(Actor actor, long questionId, String body) {
        // Rights first: someone who may not edit learns nothing from how his text is refused.
        long editor = actor.requireMember();
        var question = questions.get(actor, questionId);
        if (!mayEdit(actor, question)) throw new Forbidden("summary.forbidden");
        var text = InputText.normalise(body);
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) throw new PayloadTooLarge("summary.body.too-large");
        if (text == null || InputText.isBlank(text)) throw new Invalid("body", "summary.body.required");
        if (!InputText.fits(text.strip(), 10, 2000)) throw new Invalid("body", "summary.body.length", 10, 2000);
        if (summaries.find(questionId).isEmpty()) throw new Conflict("body", "summary.none");
        summaries.updateEdited(questionId, text.strip(), markdown.toHtml(text.strip()), editor);
        events.publishEvent(new ThreadSummaryEdited(questionId, editor));
        return summaries.find(questionId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Shown> shown(Actor reader, Question question) {
        // Q&A's counts hold every thread that could have a summary, so most pages need not ask for one.
        if (!question.solved() || question.answerCount() < ThreadSummaryExtract.MIN_ANSWERS) return Optional.empty();
        return summaries.find(question.id()).map(s -> new Shown(s.bodyHtml(), Markdown.plainText(s.bodyHtml()),
                s.editedBy() == null ? null : nameOf(s.editedBy()),
                s.editedAt(), s.outdated(), s.confirmation(), mayEdit(reader, question)));
    }

    private String nameOf(long memberId) {
        var found = members.summaries(List.of(memberId)).get(memberId);
        return found == null ? null : found.displayName();
    }

    /**
     * Computes the summaries of these questions again from their threads as they stand, in the caller's
     * transaction (the follower's batch, a rebuild's page): derived data, as an index is.
     */
    void refresh(Collection<Long> questionIds) {
        for (long id : questionIds) {
            var extract = threads.find(id).filter(t -> !t.question().deleted()).flatMap(ThreadSummaryExtract::of);
            if (extract.isEmpty()) {
                summaries.delete(id);
                continue;
            }
            var e = extract.get();
            summaries.store(id, e.body(), markdown.toHtml(e.body()), e.solution(), e.confirmation());
        }
    }
}
