package org.muster.missions;

import org.muster.accounts.Member;
import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.rewards.Rewards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Programs with budgets and task missions: staff offer them, members see which they can join and
 * why not, submit proof, staff verify, and an accepted submission is paid from the program's budget.
 */
@Service
public class Missions {

    public record Offer(Mission mission, boolean eligible, List<String> reasons, long budgetLeft) {
    }

    public record NewMission(String program, String title, String description, String kind, Long rewardPoints,
                             String approval, List<String> skills, List<String> languages, String city,
                             Integer perMemberLimit, Instant endsAt) {
    }

    private final MissionRepository missions;
    private final Rewards rewards;
    private final Members members;

    Missions(MissionRepository missions, Rewards rewards, Members members) {
        this.missions = missions;
        this.rewards = rewards;
        this.members = members;
    }

    @Transactional
    public Program createProgram(Actor actor, String name, String description, Long budget) {
        actor.require(Role.STAFF);
        var title = name == null ? "" : name.strip();
        if (title.length() < 2 || title.length() > 80) throw new Invalid("name", "mission.program.name");
        if (budget == null || budget < 0 || budget > 1_000_000_000L) throw new Invalid("budget", "mission.program.budget");
        var slug = org.muster.platform.Slugs.of(title);
        long id = missions.insertProgram(slug, title, description == null ? "" : description.strip(), actor.memberId(),
                actor.memberId()).orElseThrow(() -> new Conflict("name", "mission.program.taken"));
        if (budget > 0) rewards.fundProgram(id, budget, actor.memberId(), "program:" + id);
        return missions.findProgram(slug).orElseThrow();
    }

    /** A task mission; its reward must fit in what is left of the program's budget (400 otherwise). */
    @Transactional
    public Mission create(Actor actor, NewMission input) {
        actor.require(Role.STAFF);
        var program = missions.findProgram(input.program() == null ? "" : input.program().strip())
                .orElseThrow(() -> new Invalid("program", "mission.program.unknown"));
        var title = input.title() == null ? "" : input.title().strip();
        if (title.length() < 5 || title.length() > 120) throw new Invalid("title", "mission.title");
        if (!List.of("task", "shift").contains(input.kind())) throw new Invalid("kind", "mission.kind", input.kind());
        long reward = input.rewardPoints() == null ? 0 : input.rewardPoints();
        if (reward < 0) throw new Invalid("rewardPoints", "mission.reward");
        if (reward > rewards.budgetLeft(program.id()))
            throw new Invalid("rewardPoints", "mission.reward.budget", rewards.budgetLeft(program.id()));
        var approval = input.approval() == null ? "staff" : input.approval();
        if (!List.of("auto", "staff").contains(approval)) throw new Invalid("approval", "mission.approval", approval);
        if (input.perMemberLimit() != null && input.perMemberLimit() < 1) throw new Invalid("perMemberLimit", "mission.limit");
        var slug = org.muster.platform.Slugs.of(title);
        missions.insertMission(program.id(), slug, title, input.description() == null ? "" : input.description().strip(),
                input.kind(), reward, approval, clean(input.skills()), clean(input.languages()),
                input.city() == null || input.city().isBlank() ? null : input.city().strip(), input.perMemberLimit(),
                input.endsAt(), actor.memberId()).orElseThrow(() -> new Conflict("title", "mission.taken"));
        return missions.find(slug).orElseThrow();
    }

    /** Every mission, and for each whether the member may join it, and if not, exactly why. */
    @Transactional(readOnly = true)
    public List<Offer> offers(Actor actor) {
        long memberId = actor.requireMember();
        var member = members.profiles(List.of(memberId)).getFirst();
        var now = Instant.now();
        return missions.list().stream().map(m -> offer(m, member, now)).toList();
    }

    /** Whether the actor may join the mission now, and if not, why. */
    Offer eligibility(Actor actor, Mission mission) {
        return offer(mission, members.profiles(List.of(actor.requireMember())).getFirst(), Instant.now());
    }

    private Offer offer(Mission mission, Member member, Instant now) {
        var reasons = new ArrayList<String>();
        if (!mission.openAt(now)) reasons.add("the mission is closed");
        for (var skill : mission.skills())
            if (member.skills().stream().noneMatch(s -> s.equalsIgnoreCase(skill))) reasons.add("needs the skill '" + skill + "'");
        for (var language : mission.languages())
            if (member.languages().stream().noneMatch(l -> l.equalsIgnoreCase(language))) reasons.add("needs the language '" + language + "'");
        if (mission.city() != null && !mission.city().equalsIgnoreCase(member.city())) reasons.add("is for members in " + mission.city());
        if (mission.perMemberLimit() != null && missions.countFor(mission.id(), member.id()) >= mission.perMemberLimit())
            reasons.add("limit of " + mission.perMemberLimit() + " reached");
        long left = rewards.budgetLeft(mission.programId());
        if (mission.rewardPoints() > left) reasons.add("the program's budget is exhausted");
        return new Offer(mission, reasons.isEmpty(), reasons, left);
    }

    /** Proof for a task mission: 409 when the mission is closed, 403 with the reasons when not eligible. */
    @Transactional
    public Submission submit(Actor actor, String slug, String body, String link) {
        long memberId = actor.requireMember();
        var text = body == null ? "" : body.strip();
        if (text.length() < 5 || text.length() > 10_000) throw new Invalid("body", "mission.proof");
        if (link != null && !link.isBlank() && !link.strip().matches("https?://\\S{3,2000}")) throw new Invalid("link", "mission.link");
        var mission = missions.find(slug).orElseThrow(NotFound::new);
        if (!mission.kind().equals("task")) throw new Conflict(null, "mission.not-task");
        var offer = offer(mission, members.profiles(List.of(memberId)).getFirst(), Instant.now());
        if (!mission.openAt(Instant.now())) throw new Conflict(null, "mission.closed");
        if (!offer.eligible()) throw new Forbidden("mission.not-eligible", String.join("; ", offer.reasons()));
        long id = missions.insertSubmission(mission.id(), memberId, text, link == null || link.isBlank() ? null : link.strip(), "submitted");
        missions.setStatus(id, "submitted", memberId, "");
        if (mission.approval().equals("auto")) accept(mission, id, memberId, null, "approved automatically");
        return missions.lockSubmission(id).orElseThrow();
    }

    /** decision: accept (pays the reward), reject (with a reason) or more-info (asks the member for more). */
    @Transactional
    public Submission review(Actor actor, long submissionId, String decision, String note) {
        actor.require(Role.STAFF);
        var submission = missions.lockSubmission(submissionId).orElseThrow(NotFound::new);
        if (!List.of("submitted", "more-info").contains(submission.status())) throw new Conflict(null, "mission.reviewed");
        var mission = missions.findById(submission.missionId()).orElseThrow();
        switch (decision == null ? "" : decision) {
            case "accept" -> accept(mission, submissionId, submission.memberId(), actor.memberId(), note);
            case "reject" -> {
                if (note == null || note.isBlank()) throw new Invalid("note", "mission.reject-reason");
                missions.setStatus(submissionId, "rejected", actor.memberId(), note.strip());
            }
            case "more-info" -> missions.setStatus(submissionId, "more-info", actor.memberId(), note);
            default -> throw new Invalid("decision", "mission.decision", decision);
        }
        return missions.lockSubmission(submissionId).orElseThrow();
    }

    private void accept(Mission mission, long submissionId, long memberId, Long by, String note) {
        missions.setStatus(submissionId, "accepted", by, note);
        if (mission.rewardPoints() > 0)
            rewards.payFromProgram(mission.programId(), memberId, mission.rewardPoints(), "Mission: " + mission.title(),
                    "mission:" + submissionId, by);
    }

    @Transactional(readOnly = true)
    public List<Submission> mine(Actor actor) {
        return missions.submissionsOf(actor.requireMember());
    }

    @Transactional(readOnly = true)
    public List<Submission> waiting(Actor actor) {
        actor.require(Role.STAFF);
        return missions.waiting();
    }

    @Transactional(readOnly = true)
    public List<Program> programs(Actor actor) {
        actor.require(Role.STAFF);
        return missions.programs();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

}
