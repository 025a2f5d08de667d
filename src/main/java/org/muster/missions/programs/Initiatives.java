package org.muster.missions.programs;

import org.muster.accounts.Members;
import org.muster.missions.InitiativeUpdatePosted;
import org.muster.missions.MilestoneUpdated;
import org.muster.missions.PartnerInvitationAccepted;
import org.muster.missions.PartnerInvited;
import org.muster.missions.common.MissionRepository;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Mailer;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.Secrets;
import org.muster.platform.SiteLinks;
import org.muster.rewards.Rewards;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's initiative as its partners' people work in it: staff invite them by e-mail, and once
 * they accept they see the shared goal, the plan and its progress, update the milestones their
 * partner owns, post updates, and see what their own sponsorship funded. Being a partner's person
 * gives nothing else: another program's initiative is 404 to them, as to any member, and other
 * partners' figures stay out of what they are shown.
 */
@Service
public class Initiatives {

    /** Long enough for a partner organisation to pass the mail on; short enough that a forgotten link dies. */
    static final Duration INVITATION_VALID = Duration.ofDays(14);

    /** What a partner's person (or staff) sees; sponsorships only of the partners they work for (staff: all). */
    public record Initiative(Program program, List<Partner> partners, List<Long> myPartners, boolean staff,
                             List<Milestone> milestones, List<InitiativeUpdate> updates, Map<Long, Rewards.Sponsorship> sponsorships) {

        public boolean mayUpdate(Milestone milestone) {
            return staff || milestone.ownerPartnerId() != null && myPartners.contains(milestone.ownerPartnerId());
        }

        public Partner partner(long id) {
            return partners.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        }

        public long milestonesDone() {
            return milestones.stream().filter(m -> m.doneAt() != null).count();
        }

        public int progress() {
            return milestones.isEmpty() ? 0 : (int) (100 * milestonesDone() / milestones.size());
        }
    }

    /** An invitation as its link shows it: state open, expired or accepted. */
    public record InvitationView(String partnerName, String programName, String programSlug, String state) {
    }

    private final PartnerRepository partners;
    private final MissionRepository missions;
    private final Rewards rewards;
    private final Members members;
    private final Markdown markdown;
    private final Mailer mailer;
    private final SiteLinks links;
    private final ApplicationEventPublisher events;

    Initiatives(PartnerRepository partners, MissionRepository missions, Rewards rewards, Members members, Markdown markdown,
                Mailer mailer, SiteLinks links, ApplicationEventPublisher events) {
        this.partners = partners;
        this.missions = missions;
        this.rewards = rewards;
        this.members = members;
        this.markdown = markdown;
        this.mailer = mailer;
        this.links = links;
        this.events = events;
    }

    /** Staff invite someone of a partner organisation; the mailed link is the only copy of the token. */
    @Transactional
    public void invite(Actor actor, long partnerId, String email) {
        actor.require(Role.STAFF);
        var address = email == null ? "" : email.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) throw new Invalid("email", "initiative.email");
        var partner = partners.find(partnerId).orElseThrow(NotFound::new);
        var program = missions.findProgramById(partner.programId()).orElseThrow();
        var token = Secrets.generate("pi_");
        long id = partners.insertInvitation(partnerId, address, Secrets.hash(token), actor.memberId(), Instant.now().plus(INVITATION_VALID));
        mailer.sendToAddress(address, "missions/partner-invitation", Map.of("partner", partner.name(), "program", program.name(),
                "link", links.absolute("/initiatives/invitation?token=" + token), "days", INVITATION_VALID.toDays()));
        events.publishEvent(new PartnerInvited(id, partnerId, program.id(), actor.memberId()));
    }

    @Transactional(readOnly = true)
    public InvitationView invitation(String token) {
        var invitation = partners.invitation(Secrets.hash(token == null ? "" : token)).orElseThrow(NotFound::new);
        var partner = partners.find(invitation.partnerId()).orElseThrow();
        var program = missions.findProgramById(partner.programId()).orElseThrow();
        var state = invitation.acceptedBy() != null ? "accepted" : invitation.expiresAt().isBefore(Instant.now()) ? "expired" : "open";
        return new InvitationView(partner.name(), program.name(), program.slug(), state);
    }

    /**
     * Whoever holds the mailed link and is logged in joins: the link proves the mailbox, as a
     * verification link does, and the invitee may well sign up with another address than the one
     * the partner gave. Used once: a second person with the same link gets 409.
     */
    @Transactional
    public Program accept(Actor actor, String token) {
        long memberId = actor.requireMember();
        var invitation = partners.lockInvitation(Secrets.hash(token == null ? "" : token)).orElseThrow(NotFound::new);
        var partner = partners.find(invitation.partnerId()).orElseThrow();
        var program = missions.findProgramById(partner.programId()).orElseThrow();
        if (invitation.acceptedBy() != null) {
            if (invitation.acceptedBy() == memberId) return program;
            throw new Conflict("token", "initiative.invitation.used");
        }
        if (invitation.expiresAt().isBefore(Instant.now())) throw new Conflict("token", "initiative.invitation.expired");
        partners.accept(invitation.id(), partner.id(), memberId);
        events.publishEvent(new PartnerInvitationAccepted(invitation.id(), partner.id(), program.id(), memberId));
        return program;
    }

    @Transactional(readOnly = true)
    public Initiative initiative(Actor actor, String programSlug) {
        var program = program(programSlug);
        var mine = access(actor, program);
        boolean staff = actor.has(Role.STAFF);
        var all = partners.ofProgram(program.id());
        var sponsorships = new LinkedHashMap<Long, Rewards.Sponsorship>();
        for (var partner : all)
            if (staff || mine.contains(partner.id())) sponsorships.put(partner.id(), rewards.sponsorshipOf(partner.id(), program.id()));
        var updates = partners.updates(program.id());
        var names = members.summaries(updates.stream().map(InitiativeUpdate::authorId).distinct().toList());
        return new Initiative(program, all, mine, staff, partners.milestones(program.id()), updates.stream().map(u -> u.shown(
                names.containsKey(u.authorId()) ? names.get(u.authorId()).displayName() : null, markdown.toHtml(u.body()))).toList(),
                sponsorships);
    }

    /** The owner partner's people and staff mark a milestone done (or not yet) with a note on its progress. */
    @Transactional
    public Milestone updateMilestone(Actor actor, long milestoneId, boolean done, String note) {
        var milestone = partners.milestone(milestoneId).orElseThrow(NotFound::new);
        var program = missions.findProgramById(milestone.programId()).orElseThrow();
        var mine = access(actor, program);
        if (!actor.has(Role.STAFF) && (milestone.ownerPartnerId() == null || !mine.contains(milestone.ownerPartnerId())))
            throw new Forbidden("initiative.milestone.not-yours");
        var text = note == null ? "" : note.strip();
        if (InputText.visibleLength(text) > 500) throw new Invalid("note", "initiative.milestone.note");
        if (partners.updateMilestone(milestoneId, done, text))
            events.publishEvent(new MilestoneUpdated(milestoneId, program.id(), actor.memberId(), done));
        return partners.milestone(milestoneId).orElseThrow();
    }

    /** A short Markdown post on the initiative, stored as written and shown sanitised. */
    @Transactional
    public InitiativeUpdate post(Actor actor, String programSlug, String body) {
        var program = program(programSlug);
        var mine = access(actor, program);
        var text = body == null ? "" : body.strip();
        if (!InputText.fits(text, 2, 5000)) throw new Invalid("body", "initiative.update.body");
        Long partnerId = mine.isEmpty() ? null : mine.getFirst();
        long id = partners.insertUpdate(program.id(), partnerId, actor.memberId(), text);
        events.publishEvent(new InitiativeUpdatePosted(id, program.id(), partnerId, actor.memberId()));
        return partners.updates(program.id()).stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    /** The partners of the program the actor works for; staff may enter with none; anyone else gets 404. */
    private List<Long> access(Actor actor, Program program) {
        long memberId = actor.requireMember();
        var mine = partners.partnersOf(memberId, program.id());
        if (mine.isEmpty() && !actor.has(Role.STAFF)) throw new NotFound();
        return mine;
    }

    private Program program(String slug) {
        return missions.findProgram(slug == null ? "" : slug.strip()).orElseThrow(NotFound::new);
    }
}
