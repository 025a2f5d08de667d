package org.muster.accounts;

import org.muster.platform.NodeMemory;
import org.muster.platform.Signals;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other modules may ask about members: one call per page, never one per row. */
@Service
@NamedInterface("api")
public class Members {

    private static final int NIGHT_STARTS = 23;
    private static final int NIGHT_ENDS = 7;

    private final MemberRepository members;
    private final MemberImportRepository imports;
    private final ApplicationEventPublisher events;
    /** Names shown beside every post, remembered per node and forgotten on every node when one changes. */
    private final NodeMemory<MemberSummary> names;

    Members(MemberRepository members, MemberImportRepository imports, ApplicationEventPublisher events, Signals signals) {
        this.names = new NodeMemory<>(signals, MemberDirectory.CHANNEL, Duration.ofMinutes(5), 100_000);
        this.events = events;
        this.members = members;
        this.imports = imports;
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> findByEmail(String email) {
        return members.findByEmail(EmailAddresses.canonical(email)).map(Members::summary);
    }

    @Transactional(readOnly = true)
    public Map<Long, MemberSummary> summaries(Collection<Long> ids) {
        return names.findAll(ids, missing -> members.listByIds(missing).stream().map(Members::summary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity())));
    }

    /** Everyone holding exactly this role, by name. */
    @Transactional(readOnly = true)
    public List<MemberSummary> withRole(org.muster.platform.Role role) {
        return members.listByRole(role).stream().map(Members::summary).toList();
    }

    /**
     * Creates members for people of another community, once: a re-run finds them by source and
     * id. They have no password and an address under .invalid, so nobody can sign in as them.
     * {@code people} hands each person to its argument, so a dump streams through without being held;
     * it must not use the database meanwhile (the people stream into it with COPY).
     */
    @Transactional
    public void importMembers(String source, Consumer<Consumer<ImportedMember>> people) {
        long count = imports.stage(source, people);
        imports.insertStaged(source);
        events.publishEvent(new MembersImported(source, (int) count));
    }

    /** Member ids of imported people by their id in the source; unknown ones are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> importedIds(String source, Collection<Long> sourceIds) {
        return members.importedIds(source, sourceIds);
    }

    /** When the member was last signed in and active, a few minutes behind at most; empty if never since it was noted. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> lastSeen(long memberId) {
        return members.lastSeen(memberId);
    }

    @Transactional(readOnly = true)
    public Optional<Standing> standing(long memberId) {
        return members.standings(List.of(memberId)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<Long, Standing> standings(Collection<Long> ids) {
        return members.standings(ids).stream().collect(Collectors.toMap(Standing::memberId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Standing> promotable() {
        return members.listPromotable();
    }

    /**
     * The members these {@code @handles} name (any case), among those who can still read a mention:
     * verified and not suspended. Unknown handles are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, MentionCandidate> mentionable(Collection<String> handles) {
        var folded = handles.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return members.listMentionable(folded).stream()
                .collect(Collectors.toMap(MentionCandidate::handle, Function.identity()));
    }

    /** Who the editor may suggest for "@" and a prefix of a handle or display name, whatever its case and accents. */
    @Transactional(readOnly = true)
    public List<MentionCandidate> mentionCandidates(String prefix, int limit) {
        return members.listMentionableByPrefix(prefix, limit);
    }

    /** Whole member rows (profile fields included), one call per page. */
    @Transactional(readOnly = true)
    public List<Member> profiles(Collection<Long> ids) {
        return members.listByIds(ids);
    }

    @Transactional(readOnly = true)
    public Optional<String> emailOf(long memberId) {
        return members.find(memberId).map(Member::email);
    }

    /**
     * Of these members, those who are away at this instant: outside every availability window they set
     * or, having set none, at night (23:00 to 07:00) in their own time zone. Asking them for help now
     * would wait until morning at best.
     */
    @Transactional(readOnly = true)
    public Set<Long> awayAt(Collection<Long> ids, Instant at) {
        var windows = members.availabilities(ids);
        var away = new HashSet<Long>();
        for (var member : members.listByIds(ids)) {
            var local = at.atZone(member.timeZone());
            var set = windows.get(member.id());
            boolean free = set == null
                    ? local.getHour() >= NIGHT_ENDS && local.getHour() < NIGHT_STARTS
                    : set.stream().anyMatch(w -> w.day() == local.getDayOfWeek()
                            && !local.toLocalTime().isBefore(w.startsAt()) && local.toLocalTime().isBefore(w.endsAt()));
            if (!free) away.add(member.id());
        }
        return away;
    }

    private static MemberSummary summary(Member member) {
        return new MemberSummary(member.id(), member.displayName());
    }
}
