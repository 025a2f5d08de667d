package org.muster.accounts;

import org.muster.platform.Role;
import org.springframework.modulith.NamedInterface;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * One row of members, without its password hash.
 *
 * @param mentionHandle what {@code @name} in a post resolves to: unique, kept when the display name changes
 * @param language      the language the member reads Muster and its mail in; null when the browser decides
 */
@NamedInterface("api")
public record Member(long id, String email, String displayName, String bio, String city, ZoneId timeZone,
                     List<String> skills, List<String> languages, Role role, Instant emailVerifiedAt,
                     Instant createdAt, String mentionHandle, Locale language) {

    public boolean verified() {
        return emailVerifiedAt != null;
    }
}
