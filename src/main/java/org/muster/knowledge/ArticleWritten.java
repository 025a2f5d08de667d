package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("ArticleWritten")
public record ArticleWritten(long articleId, long spaceId, long authorId) implements DomainEvent {
}
