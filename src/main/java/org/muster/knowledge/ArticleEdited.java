package org.muster.knowledge;

import org.muster.platform.DomainEvent;
import org.muster.platform.EventName;

@EventName("ArticleEdited")
public record ArticleEdited(long articleId, int revision, long editedBy) implements DomainEvent {
}
