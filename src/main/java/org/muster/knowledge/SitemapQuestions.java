package org.muster.knowledge;

import org.muster.qa.Question;
import org.springframework.stereotype.Component;

import java.util.List;

/** The sitemap's public questions, from the list {@link SitemapQuestionFollower} keeps. */
@Component
class SitemapQuestions implements SitemapSource {

    private final SitemapQuestionRepository questions;

    SitemapQuestions(SitemapQuestionRepository questions) {
        this.questions = questions;
    }

    /** A question's canonical path, with its slug: the one address search engines are given for it. */
    static String pathOf(long questionId, String title) {
        var slug = Question.slugOf(title);
        return "/questions/" + questionId + (slug.isEmpty() ? "" : "/" + slug);
    }

    @Override
    public String kind() {
        return "questions";
    }

    @Override
    public long count() {
        return questions.count();
    }

    @Override
    public List<SitemapPage> pages(long offset, int limit) {
        return questions.list(offset, limit);
    }
}
