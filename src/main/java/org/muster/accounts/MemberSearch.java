package org.muster.accounts;

import org.springframework.modulith.NamedInterface;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff look members up by: a fragment of name or e-mail, role, trust level, status, last seen
 * on or after / before a day (in the searcher's zone), in one of a few orders, a page at a time.
 * Blank and null mean "any".
 */
@NamedInterface("api")
public record MemberSearch(String query, String role, Integer trust, String status, LocalDate seenAfter, LocalDate seenBefore,
                           String sort, int page) {

    public static final List<String> STATUSES = List.of("verified", "unverified", "silenced", "suspended");
    public static final List<String> SORTS = List.of("name", "last-seen", "joined");

    public MemberSearch {
        query = query == null ? "" : query.strip();
        role = role == null ? "" : role.strip();
        status = status == null ? "" : status.strip();
        sort = sort == null || sort.isBlank() ? "name" : sort.strip();
        page = Math.min(Math.max(0, page), 100_000);
    }
}
