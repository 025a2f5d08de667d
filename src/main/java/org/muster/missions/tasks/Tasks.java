package org.muster.missions.tasks;

import org.muster.missions.TaskReviewed;
import org.muster.missions.TaskSubmitted;
import org.muster.missions.common.Completions;
import org.muster.missions.common.Mission;
import org.muster.missions.common.MissionRepository;
import org.muster.missions.common.Missions;
import org.muster.accounts.Members;
import org.muster.moderation.Redactions;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** Task missions: members submit proof, staff verify, and an accepted submission completes the mission. */
@Service
public class Tasks {

    private static final List<String> REVIEWABLE = List.of("submitted", "more-info");
    public static final List<String> REVIEW_DECISIONS = List.of("accept", "reject", "more-info");

    private final SubmissionRepository submissions;
    private final MissionRepository missions;
    private final Missions eligibility;
    private final Completions completions;
    private final Redactions redactions;
    private final ApplicationEventPublisher events;
    private final Members members;

    Tasks(SubmissionRepository submissions, MissionRepository missions, Missions eligibility, Completions completions,
          Redactions redactions, ApplicationEventPublisher events, Members members) {
        this.members = members;
        this.submissions = submissions;
        this.missions = missions;
        this.eligibility = eligibility;
        this.completions = completions;
        this.redactions = redactions;
        this.events = events;
    }

    /** Proof for a task mission: 409 when the mission is closed, 403 with the reasons when not eligible. */
    @Transactional
    public Submission submit(Actor actor, String slug, String body, String link, byte[] image, String imageField) {
        long memberId = actor.requireMember();
        var text = body == null ? "" : body.strip();
        if (!InputText.fits(text, 5, 10_000)) throw new Invalid("body", "mission.proof");
        if (link != null && !link.isBlank() && !link.strip().matches("https?://\\S{3,2000}")) throw new Invalid("link", "mission.link");
        var proofImage = ProofImage.of(image, imageField);
        var mission = missions.find(slug).orElseThrow(NotFound::new);
        if (!mission.kind().equals("task")) throw new Conflict(null, "mission.not-task");
        var offer = eligibility.eligibility(actor, mission);
        if (!mission.openAt(Instant.now())) throw new Conflict(null, "mission.closed");
        if (!offer.eligible()) throw new Forbidden("mission.not-eligible", offer.because());
        long id = submissions.insertSubmission(mission.id(), memberId, redactions.mask(text, Redactions.Source.MISSIONS),
                link == null || link.isBlank() ? null : link.strip(), "submitted");
        if (proofImage != null) submissions.insertImage(id, proofImage);
        submissions.setStatus(id, "submitted", memberId, "");
        events.publishEvent(new TaskSubmitted(id, mission.id(), memberId));
        if (mission.approval().equals("auto")) accept(mission, id, memberId, null, "approved automatically");
        return submissions.lockSubmission(id).orElseThrow();
    }

    /** decision: accept (pays the reward), reject (with a reason) or more-info (asks the member for more). */
    @Transactional
    public Submission review(Actor actor, long submissionId, String decision, String note) {
        actor.require(Role.STAFF);
        var submission = submissions.lockSubmission(submissionId).orElseThrow(NotFound::new);
        if (!REVIEWABLE.contains(submission.status())) throw new Conflict(null, "mission.reviewed");
        var mission = missions.findById(submission.missionId()).orElseThrow();
        note = redactions.mask(note, Redactions.Source.MISSIONS);
        switch (decision == null ? "" : decision) {
            case "accept" -> accept(mission, submissionId, submission.memberId(), actor.memberId(), note);
            case "reject" -> {
                if (note == null || note.isBlank()) throw new Invalid("note", "mission.reject-reason");
                submissions.setStatus(submissionId, "rejected", actor.memberId(), note.strip());
                events.publishEvent(new TaskReviewed(submissionId, mission.id(), submission.memberId(), "rejected", actor.memberId()));
            }
            case "more-info" -> {
                submissions.setStatus(submissionId, "more-info", actor.memberId(), note);
                events.publishEvent(new TaskReviewed(submissionId, mission.id(), submission.memberId(), "more-info", actor.memberId()));
            }
            default -> throw new Invalid("decision", "mission.decision", decision);
        }
        return submissions.lockSubmission(submissionId).orElseThrow();
    }

    /**
     * One decision (accept, reject with a reason, more-info) on several submissions at once, in one
     * transaction: when any of them is no longer waiting (someone else reviewed it meanwhile) nothing is
     * changed and the refusal says how many, so no submission is reviewed twice.
     */
    @Transactional
    public int reviewAll(Actor actor, List<Long> submissionIds, String decision, String note) {
        actor.require(Role.STAFF);
        var ids = submissionIds == null ? List.<Long>of() : submissionIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!REVIEW_DECISIONS.contains(decision == null ? "" : decision)) throw new Invalid("decision", "mission.decision", decision);
        if (decision.equals("reject") && (note == null || note.isBlank())) throw new Invalid("note", "mission.reject-reason");
        if (ids.isEmpty()) throw new Invalid("ids", "mission.review.none-selected");
        var locked = submissions.lockSubmissions(ids);
        long stale = ids.size() - locked.stream().filter(s -> REVIEWABLE.contains(s.status())).count();
        if (stale > 0) throw new Conflict("ids", "mission.review.not-pending", stale);
        for (var submission : locked) review(actor, submission.id(), decision, note);
        return locked.size();
    }

    /** What staff review, with the mission and the member's name beside each submission. */
    @Transactional(readOnly = true)
    public List<PendingSubmission> pending(Actor actor) {
        actor.require(Role.STAFF);
        var pending = submissions.pending(200);
        var names = members.summaries(pending.stream().map(p -> p.submission().memberId()).collect(java.util.stream.Collectors.toSet()));
        return pending.stream().map(p -> p.named(names.containsKey(p.submission().memberId())
                ? names.get(p.submission().memberId()).displayName() : "#" + p.submission().memberId())).toList();
    }

    private void accept(Mission mission, long submissionId, long memberId, Long by, String note) {
        submissions.setStatus(submissionId, "accepted", by, note);
        completions.complete(mission, memberId, "mission:" + submissionId, by);
    }

    /** A submission whoever sent it: disputes check it is the asking member's own. */
    @Transactional(readOnly = true)
    public java.util.Optional<Submission> submission(long submissionId) {
        return submissions.submission(submissionId);
    }

    /**
     * Staff agreed with a member's dispute about a rejected proof: it counts as accepted after all and
     * pays what acceptance would have paid, under acceptance's own key (so never twice).
     */
    @Transactional
    public Submission acceptDisputed(long submissionId, long by, String note) {
        var submission = submissions.lockSubmission(submissionId).orElseThrow(NotFound::new);
        if (!submission.status().equals("rejected")) throw new Conflict(null, "dispute.item-changed");
        accept(missions.findById(submission.missionId()).orElseThrow(), submissionId, submission.memberId(), by, note);
        return submissions.lockSubmission(submissionId).orElseThrow();
    }

    /** A submission's image, for its member and staff only; anyone else gets 404. */
    @Transactional(readOnly = true)
    public ProofImage image(Actor actor, long submissionId) {
        long memberId = actor.requireMember();
        var submission = submissions.submission(submissionId).orElseThrow(NotFound::new);
        if (submission.memberId() != memberId && !actor.has(Role.STAFF)) throw new NotFound();
        return submissions.image(submissionId).orElseThrow(NotFound::new);
    }

    @Transactional(readOnly = true)
    public List<Submission> mine(Actor actor) {
        return submissions.submissionsOf(actor.requireMember());
    }

    @Transactional(readOnly = true)
    public List<Submission> waiting(Actor actor) {
        actor.require(Role.STAFF);
        return submissions.waiting();
    }
}
