package org.muster.qa;

import org.muster.platform.DomainEvent;

public record PostEdited(long postId, long editorId, int revision) implements DomainEvent {
}
