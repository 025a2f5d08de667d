package org.muster.moderation;

import org.muster.accounts.MemberStandings;
import org.muster.accounts.Members;
import org.muster.accounts.Standing;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.Mailer;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.SiteLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Warnings, silences (no posting for a while), suspensions (no signing in) and trust levels set by hand. */
@Service
class Sanctions {

    public record Sanction(long id, long memberId, String kind, String reason, Instant endsAt, Long createdBy,
                           Instant createdAt) {
    }

    private final JdbcClient db;
    private final Members members;
    private final MemberStandings standings;
    private final Mailer mailer;
    private final SiteLinks links;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    Sanctions(JdbcClient db, Members members, Mailer mailer, SiteLinks links, AuditLog audit, MemberStandings standings, ApplicationEventPublisher events) {
        this.standings = standings;
        this.events = events;
        this.db = db;
        this.members = members;
        this.mailer = mailer;
        this.links = links;
        this.audit = audit;
    }

    /** kind: warn, silence or suspend; days for the last two (1 to 3650). */
    @Transactional
    public Sanction impose(Actor actor, long memberId, String kind, Integer days, String reason) {
        actor.require(Role.MODERATOR);
        var why = reason == null ? "" : reason.strip();
        if (!InputText.fits(why, 3, 1000)) throw new Invalid("reason", "moderation.sanction.reason");
        if (!Choices.isOneOf(kind, List.of("warn", "silence", "suspend"))) throw new Invalid("kind", "moderation.sanction.kind", kind);
        var target = sanctionable(actor, memberId);
        Instant endsAt = null;
        if (!kind.equals("warn")) {
            if (days == null || days < 1 || days > 3650) throw new Invalid("days", "moderation.sanction.days");
            endsAt = Instant.now().plus(Duration.ofDays(days));
            standings.setSanctions(memberId, kind.equals("silence") ? endsAt : target.silencedUntil(),
                    kind.equals("suspend") ? endsAt : target.suspendedUntil());
        }
        long id = db.sql("""
                        insert into sanctions (member_id, kind, reason, ends_at, created_by)
                        values (:m, :kind, :reason, :ends, :by) returning id""")
                .param("m", memberId).param("kind", kind).param("reason", why)
                .param("ends", endsAt == null ? null : java.sql.Timestamp.from(endsAt)).param("by", actor.memberId())
                .query(Long.class).single();
        audit.record(actor.memberId(), kind, "member", memberId, why, state(target),
                endsAt == null ? Map.of("warned", true)
                        : Map.of(kind.equals("silence") ? "silencedUntil" : "suspendedUntil", endsAt.toString()));
        tell(memberId, kind, why, endsAt);
        events.publishEvent(new SanctionImposed(id, memberId, kind, endsAt, actor.memberId()));
        return list(memberId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** Ends a running silence and suspension now. */
    @Transactional
    public void lift(Actor actor, long memberId, String reason) {
        actor.require(Role.MODERATOR);
        var target = sanctionable(actor, memberId);
        standings.setSanctions(memberId, null, null);
        events.publishEvent(new SanctionsLifted(memberId, actor.memberId()));
        audit.record(actor.memberId(), "lift", "member", memberId, reason == null ? "" : reason.strip(), state(target),
                Map.of());
    }

    @Transactional
    public Standing setTrust(Actor actor, long memberId, int level, boolean locked, String reason) {
        actor.require(Role.MODERATOR);
        if (level < 0 || level > 4) throw new Invalid("level", "moderation.trust.level");
        var target = sanctionable(actor, memberId);
        standings.setTrust(memberId, level, locked);
        events.publishEvent(new TrustLevelSet(memberId, target.trustLevel(), level, locked, actor.memberId()));
        audit.record(actor.memberId(), "trust", "member", memberId, reason == null ? "" : reason.strip(),
                Map.of("level", target.trustLevel(), "locked", target.trustLocked()),
                Map.of("level", level, "locked", locked));
        return members.standing(memberId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Standing standing(Actor actor, long memberId) {
        actor.require(Role.MODERATOR);
        return members.standing(memberId).orElseThrow(NotFound::new);
    }

    @Transactional(readOnly = true)
    public List<Sanction> history(Actor actor, long memberId) {
        actor.require(Role.MODERATOR);
        return list(memberId);
    }

    List<Sanction> list(long memberId) {
        return db.sql("""
                        select id, member_id, kind, reason, ends_at, created_by, created_at from sanctions
                        where member_id = :m order by created_at desc, id desc""")
                .param("m", memberId).query(Sanction.class).list();
    }

    /** Moderators act on members; only admins on moderators and staff, and nobody on an admin. */
    private Standing sanctionable(Actor actor, long memberId) {
        var target = members.standing(memberId).orElseThrow(NotFound::new);
        if (actor.isMember(memberId)) throw new Forbidden("moderation.sanction.self");
        if (target.role().atLeast(Role.ADMIN) || (target.role().atLeast(Role.MODERATOR) && !actor.isAdmin()))
            throw new Forbidden("moderation.sanction.rank");
        return target;
    }

    private static Map<String, Object> state(Standing s) {
        var state = new LinkedHashMap<String, Object>();
        state.put("silencedUntil", s.silencedUntil() == null ? null : s.silencedUntil().toString());
        state.put("suspendedUntil", s.suspendedUntil() == null ? null : s.suspendedUntil().toString());
        return state;
    }

    private void tell(long memberId, String kind, String reason, Instant endsAt) {
        var model = new HashMap<String, Object>();
        model.put("kind", kind);
        model.put("reason", reason);
        model.put("endsAt", endsAt);
        model.put("guidelines", links.absolute("/guidelines"));
        mailer.send(memberId, "moderation/sanction", model);
    }
}
