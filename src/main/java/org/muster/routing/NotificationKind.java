package org.muster.routing;

/**
 * What a notification is about. Each kind has its own setting per member; the default is what most
 * members want: what answers them at once by mail, what they merely follow in a digest.
 */
enum NotificationKind {
    /** An answer to my question. */
    ANSWER(NotificationSetting.EMAIL),
    /** A comment on my question or answer. */
    COMMENT(NotificationSetting.EMAIL),
    /** An answer or comment on a question I watch. */
    WATCHED_QUESTION(NotificationSetting.EMAIL),
    /** A new question in a tag or space I watch. */
    WATCHED_TOPIC(NotificationSetting.DAILY),
    MENTION(NotificationSetting.EMAIL),
    /** My answer accepted or validated as official. */
    ANSWER_ACCEPTED(NotificationSetting.EMAIL),
    /** "Asked for your help": a question routed to me. */
    ROUTED(NotificationSetting.EMAIL),
    /** My flag or escalation decided. */
    DECISION(NotificationSetting.IN_APP),
    /** A badge or rank earned. */
    RECOGNITION(NotificationSetting.IN_APP),
    /** Sign-up confirmed, promoted from the waitlist, match proposed, proof reviewed, reward paid. */
    MISSION(NotificationSetting.EMAIL),
    /** A sanction on my account: moderation mails it with its reason; here it is in-app and cannot be turned off. */
    SANCTION(NotificationSetting.IN_APP),
    /** New items in the review queue, for moderators. */
    MODERATION(NotificationSetting.DAILY),
    /** A canonical answer in my tags is due for review, for champions. */
    CONTENT_REVIEW(NotificationSetting.EMAIL);

    private final NotificationSetting byDefault;

    NotificationKind(NotificationSetting byDefault) {
        this.byDefault = byDefault;
    }

    NotificationSetting byDefault() {
        return byDefault;
    }

    /**
     * A member must always learn of a sanction on their account (why they cannot post or sign in), and
     * moderation mails it itself: its setting is fixed.
     */
    boolean mayBeTurnedOff() {
        return this != SANCTION;
    }

    /** The key of the kind's name in the message bundles. */
    String messageKey() {
        return "notification.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
