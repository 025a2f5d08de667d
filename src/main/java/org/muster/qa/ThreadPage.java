package org.muster.qa;

import org.muster.platform.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a thread's page shows beside the thread itself: what knowledge adds through Q&A's ports. The same
 * whether the page is opened or shown again with a refused answer, so the two cannot drift apart.
 */
@Component
class ThreadPage {

    private final ThreadArticles articles;
    private final ThreadSummaries summaries;
    private final QuestionPageMeta pageMeta;
    private final CanonicalNotes canonicalNotes;

    ThreadPage(ThreadArticles articles, ThreadSummaries summaries, QuestionPageMeta pageMeta, CanonicalNotes canonicalNotes) {
        this.articles = articles;
        this.canonicalNotes = canonicalNotes;
        this.summaries = summaries;
        this.pageMeta = pageMeta;
    }

    void show(Model model, Actor actor, QuestionThread thread) {
        model.addAttribute("thread", thread);
        model.addAttribute("articles", articles.documenting(actor, thread.question().id()));
        model.addAttribute("canonicalNotes", canonicalNotes.notesOn(actor, thread.question(), thread.answers()));
        var summary = summaries.shown(actor, thread.question()).orElse(null);
        model.addAttribute("threadSummary", summary);
        boolean publicSpace = thread.space().visibility() == org.muster.spaces.Visibility.PUBLIC;
        model.addAttribute("pageMeta", pageMeta.of(thread.content(), publicSpace, summary == null ? null : summary.text())
                .orElse(null));
    }
}
