package org.muster.qa;

import org.muster.platform.DomainEvent;

public record PostEdited(long postId, long questionId, long editorId, int revision) implements DomainEvent {
}
