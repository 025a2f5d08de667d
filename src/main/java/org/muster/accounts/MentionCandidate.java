package org.muster.accounts;

import org.springframework.modulith.NamedInterface;

/** A member as {@code @handle} names them in posts and the editor suggests them. */
@NamedInterface("api")
public record MentionCandidate(long id, String handle, String displayName) {
}
