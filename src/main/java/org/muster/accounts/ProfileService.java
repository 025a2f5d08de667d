package org.muster.accounts;

import org.muster.platform.Actor;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.Languages;
import org.muster.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Profiles: anyone reads the public part; the member and staff see and edit the rest. */
@Service
@NamedInterface("api")
public class ProfileService {

    private static final int MAX_ITEMS = 20;

    private final MemberRepository members;

    private final ApplicationEventPublisher events;

    ProfileService(MemberRepository members, ApplicationEventPublisher events) {
        this.events = events;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Profile profile(Actor actor, long memberId) {
        var member = members.find(memberId).orElseThrow(NotFound::new);
        boolean full = actor.isMember(memberId) || actor.isStaff();
        return new Profile(member, full ? members.availability(memberId) : List.of(), full);
    }

    @Transactional(readOnly = true)
    public EditProfile editForm(Actor actor, long memberId) {
        var profile = profile(actor, memberId);
        requireEditable(actor, memberId);
        var m = profile.member();
        return new EditProfile(m.displayName(), m.bio(), m.city(), m.timeZone().getId(), m.skills(),
                m.languages(), Availability.format(profile.availability()),
                m.language() == null ? null : m.language().getLanguage());
    }

    @Transactional
    public Profile edit(Actor actor, long memberId, EditProfile input) {
        members.find(memberId).orElseThrow(NotFound::new);
        requireEditable(actor, memberId);
        var zone = zone(input.timeZone());
        var skills = items(input.skills(), "skills");
        var languages = items(input.languages(), "languages");
        var availability = Availability.parse(input.availability());
        members.updateProfile(memberId, input.displayName().strip(), text(input.bio()), text(input.city()), zone,
                skills, languages, reads(input.language()));
        members.replaceAvailability(memberId, availability);
        events.publishEvent(new ProfileEdited(memberId, actor.requireMember()));
        return profile(actor, memberId);
    }

    private static void requireEditable(Actor actor, long memberId) {
        actor.requireMember();
        if (!actor.isMember(memberId) && !actor.isAdmin()) throw new Forbidden("profile.edit.forbidden");
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) return ZoneId.of("UTC");
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new Invalid("timeZone", "profile.time-zone.invalid", id);
        }
    }

    /** The language Muster speaks to the member: one it has a bundle for, or none (the browser's). */
    private static Locale reads(String code) {
        if (code == null || code.isBlank()) return null;
        return Languages.of(code).filter(l -> l.getLanguage().equals(code.strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new Invalid("language", "language.unsupported"));
    }

    private static List<String> items(List<String> values, String field) {
        if (values == null) return List.of();
        var distinct = new LinkedHashSet<String>();
        for (var value : values) if (value != null && !value.isBlank()) distinct.add(value.strip());
        if (distinct.size() > MAX_ITEMS) throw new Invalid(field, "profile.items.too-many", MAX_ITEMS);
        return List.copyOf(distinct);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
