package org.muster.routing;

import org.muster.missions.AppealDecided;
import org.muster.missions.DisputeResolved;
import org.muster.missions.EntrantPlaced;
import org.muster.missions.MatchProposed;
import org.muster.missions.MissionCompleted;
import org.muster.missions.MissionTitles;
import org.muster.missions.SlotSignedUp;
import org.muster.missions.TaskReviewed;
import org.muster.missions.WaitlistPromoted;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.MailRecipients;
import org.muster.recognition.BadgeAwarded;
import org.muster.recognition.ChampionTermGranted;
import org.muster.recognition.RankChanged;
import org.muster.recognition.Reputation;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells members what recognition and missions did for them: a badge, a higher rank, a champion term;
 * a sign-up booked or waitlisted (or so placed by a draw), a promotion from the waitlist, a match
 * proposed, a no-show appeal decided (before appeals became disputes), a dispute resolved, a proof sent back, a mission completed and its reward.
 */
@Component
class MemberUpdateNotices implements FeedSubscriber {

    private final Notifications notifications;
    private final Reputation reputation;
    private final MissionTitles missions;
    private final MailRecipients recipients;

    MemberUpdateNotices(Notifications notifications, Reputation reputation, MissionTitles missions, MailRecipients recipients) {
        this.notifications = notifications;
        this.reputation = reputation;
        this.missions = missions;
        this.recipients = recipients;
    }

    @Override
    public String subscription() {
        return "routing.member-updates";
    }

    /** What happened before this follower was installed is history, not news. */
    @Override
    public boolean startsAtHead() {
        return true;
    }

    /**
     * A built-in badge is named in the bundles; the notice keeps its name in the language the member
     * reads now, since a line's arguments are data, not keys. A member who is gone is told nothing.
     */
    void on(BadgeAwarded awarded) {
        var reader = recipients.recipient(awarded.memberId());
        if (reader.isEmpty()) return;
        reputation.badgeName(awarded.badgeId(), reader.get().locale()).ifPresent(name ->
                notifications.notify(new Notice(awarded.memberId(), NotificationKind.RECOGNITION, null, null, null,
                        awarded.badgeId(), awarded.awardedBy(), "notification.recognition.badge", List.of(name),
                        recognitionPath(awarded.memberId()))));
    }

    /** Only a rank reached: recognition lists a fall on the member's own page with its reason. */
    void on(RankChanged changed) {
        if (!changed.reached()) return;
        notifications.notify(new Notice(changed.memberId(), NotificationKind.RECOGNITION, null, null, null, null, null,
                "notification.recognition.rank", List.of(changed.toRank(), changed.points()),
                recognitionPath(changed.memberId())));
    }

    /** Recognition mails a welcome with the program's links itself (champion-welcome), so this one is in-app only. */
    void on(ChampionTermGranted granted) {
        notifications.notifyInApp(new Notice(granted.memberId(), NotificationKind.RECOGNITION, null, null, null,
                granted.termId(), granted.grantedBy(), "notification.recognition.champion",
                List.of(granted.endsAt().toString(), String.join(", ", granted.tags())), "/champions"));
    }

    /** The member signed up, but the place is the mission's answer to them: nobody's own act to skip. */
    void on(SlotSignedUp signedUp) {
        if (!signedUp.status().equals("booked") && !signedUp.status().equals("waitlisted")) return;
        mission(signedUp.memberId(), signedUp.missionId(), signedUp.signupId(), null,
                "notification.mission.signup-" + signedUp.status(), "/slots/" + signedUp.slotId());
    }

    /** A slot with a lottery places its entrants when it is drawn: the same news as a sign-up's. */
    void on(EntrantPlaced placed) {
        mission(placed.memberId(), placed.missionId(), placed.signupId(), null,
                "notification.mission.signup-" + placed.status(), "/slots/" + placed.slotId());
    }

    void on(WaitlistPromoted promoted) {
        mission(promoted.memberId(), promoted.missionId(), promoted.signupId(), null, "notification.mission.promoted",
                "/slots/" + promoted.slotId());
    }

    /** Matching mails the peer the proposal with its answer links itself (match-proposed), so this one is in-app only. */
    void on(MatchProposed proposed) {
        missions.of(proposed.missionId()).ifPresent(mission -> notifications.notifyInApp(new Notice(proposed.peerId(),
                NotificationKind.MISSION, null, null, null, proposed.requestId(), null, "notification.mission.match-proposed",
                List.of(mission.title()), "/matches/" + proposed.requestId())));
    }

    /** Appeals are disputes now; decisions stored before that are still told, in the app only. */
    void on(AppealDecided decided) {
        notifications.notifyInApp(new Notice(decided.memberId(), NotificationKind.MISSION, null, null, null, decided.appealId(),
                decided.decidedBy(), "notification.mission.appeal-" + decided.status(), List.of(), "/missions#schedule"));
    }

    /** Mailed as the member's setting says: the notice links to the dispute's history, where the reason and any correction are. */
    void on(DisputeResolved resolved) {
        notifications.notify(new Notice(resolved.memberId(), NotificationKind.MISSION, null, null, null, resolved.disputeId(),
                resolved.resolvedBy(), "notification.mission.dispute-" + resolved.outcome(), List.of(), "/disputes/" + resolved.disputeId()));
    }

    void on(TaskReviewed reviewed) {
        missions.of(reviewed.missionId()).ifPresent(mission -> notifications.notify(new Notice(reviewed.memberId(),
                NotificationKind.MISSION, null, null, null, reviewed.submissionId(), reviewed.reviewerId(),
                "notification.mission.proof-" + reviewed.status(), List.of(mission.title()), "/missions/" + mission.slug())));
    }

    void on(MissionCompleted completed) {
        missions.of(completed.missionId()).ifPresent(mission -> notifications.notify(new Notice(completed.memberId(),
                NotificationKind.MISSION, null, null, null, mission.id(), null,
                completed.rewardPoints() > 0 ? "notification.mission.rewarded" : "notification.mission.completed",
                completed.rewardPoints() > 0 ? List.of(mission.title(), completed.rewardPoints())
                        : List.of(mission.title()), "/missions/" + mission.slug())));
    }

    private void mission(long memberId, long missionId, long subjectId, Long actorId, String key, String path) {
        missions.of(missionId).ifPresent(mission -> notifications.notify(new Notice(memberId, NotificationKind.MISSION,
                null, null, null, subjectId, actorId, key, List.of(mission.title()), path)));
    }

    private static String recognitionPath(long memberId) {
        return "/members/" + memberId + "/recognition";
    }
}
