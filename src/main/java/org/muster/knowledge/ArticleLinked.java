package org.muster.knowledge;

import org.muster.platform.EventName;
import org.muster.qa.QuestionEvent;

/** An article documents this thread now: its page shows "now documented in …". */
@EventName("ArticleLinked")
public record ArticleLinked(long articleId, long questionId) implements QuestionEvent {
}
