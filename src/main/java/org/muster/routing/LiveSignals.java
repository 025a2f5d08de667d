package org.muster.routing;

import org.muster.accounts.MemberRoleChanged;
import org.muster.knowledge.RoomEvent;
import org.muster.moderation.SanctionImposed;
import org.muster.qa.QuestionEvent;
import org.muster.spaces.SpaceChanged;
import org.muster.spaces.SpaceMemberRemoved;
import org.muster.platform.Signals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every node's live pages what changed, with PostgreSQL's NOTIFY sent in the writing transaction:
 * PostgreSQL delivers it to every listening node when that transaction commits, and never when it rolls
 * back. That is sooner than the change feed, which polls and waits for older transactions to finish, and
 * as reliable as the change itself. Repeats within one transaction reach listeners once.
 */
@Component
class LiveSignals {

    static final String CHANNEL = "muster_live";

    private final Signals signals;

    LiveSignals(Signals signals) {
        this.signals = signals;
    }

    // Synchronous, so in the transaction that publishes the event (the change feed requires one).
    @EventListener
    void on(QuestionEvent event) {
        LiveChange.of(event).ifPresent(change -> send(LiveMessage.question(event.questionId(), change)));
    }

    /** A help room's messages changed: its readers fetch them again. */
    @EventListener
    void on(RoomEvent event) {
        send(LiveMessage.room(event.spaceId()));
    }

    /**
     * Who may read what changed: every question's and room's open streams close, and the browsers' reconnects are
     * checked again, so nobody keeps hearing about a question they may no longer see. These are rare.
     */
    @EventListener
    void on(SpaceChanged changed) {
        send(LiveMessage.recheckEveryQuestion());
    }

    @EventListener
    void on(SpaceMemberRemoved removed) {
        send(LiveMessage.recheckEveryQuestion());
    }

    @EventListener
    void on(MemberRoleChanged changed) {
        send(LiveMessage.recheckEveryQuestion());
    }

    @EventListener
    void on(SanctionImposed imposed) {
        send(LiveMessage.recheckEveryQuestion());
    }

    /** A notification was stored for the member, in the transaction storing it. */
    void notificationStored(long memberId) {
        send(LiveMessage.member(memberId));
    }

    private void send(LiveMessage message) {
        signals.send(CHANNEL, message.payload());
    }
}
