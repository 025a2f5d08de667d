package org.muster.accounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The champion role, set without an actor: a named interface ({@code accounts :: champions}) only recognition lists. */
@Service
@NamedInterface("champions")
public class ChampionRoles {

    private final MemberRepository members;
    private final ApplicationEventPublisher events;

    ChampionRoles(MemberRepository members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
    }

    /**
     * The champions program makes a member a champion and, when the term ends, a member again. It
     * never touches moderators, staff or admins; the caller (recognition) has checked who may.
     */
    @Transactional
    public void setChampion(long memberId, boolean champion, long decidedBy) {
        var member = members.find(memberId).orElseThrow(org.muster.platform.NotFound::new);
        var from = member.role();
        var to = champion ? org.muster.platform.Role.CHAMPION : org.muster.platform.Role.MEMBER;
        if (from == to || from.atLeast(org.muster.platform.Role.MODERATOR)) return;
        members.updateRole(memberId, to);
        events.publishEvent(new MemberRoleChanged(memberId, from, to, decidedBy));
    }
}
