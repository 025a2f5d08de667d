package org.muster.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A member in the API; e-mail, time zone, availability and the language Muster speaks to them
 * ({@code language}, null when their browser decides) only for the member and staff.
 */
record MemberJson(long id, String displayName, String mentionHandle, String avatarUrl, String bio, String city, List<String> skills,
                  List<String> languages, String role, Instant createdAt, String email, Boolean verified,
                  String timeZone, Map<java.time.DayOfWeek, String> availability, String language) {

    static MemberJson of(Profile profile) {
        var m = profile.member();
        boolean full = profile.showPrivate();
        return new MemberJson(m.id(), m.displayName(), m.mentionHandle(), "/members/" + m.id() + "/avatar.svg", m.bio(), m.city(),
                m.skills(), m.languages(), m.role().code(), m.createdAt(),
                full ? m.email() : null, full ? m.verified() : null, full ? m.timeZone().getId() : null,
                full ? Availability.format(profile.availability()) : null,
                full && m.language() != null ? m.language().getLanguage() : null);
    }

    static MemberJson of(Member m) {
        return of(new Profile(m, List.of(), true));
    }
}
