package org.muster.routing;

import java.util.List;

/**
 * One thing to tell one member, before it is stored as a notification.
 *
 * @param questionId  the question it is about, if any: notifications about one question are grouped
 *                    into one line, folded into one mail an hour, and shown only while the member may
 *                    still see the question
 * @param postId      the question or answer it is about, if any, checked the same way
 * @param commentId   the comment it is about, if any, checked the same way
 * @param subjectId   what else it is about (a badge, a mission sign-up, a review item), if anything
 * @param actorId     the member who caused it, if any; nobody is told about their own acts
 * @param messageKey  the bundle key of its line, rendered in the reader's language when shown
 * @param args        the line's arguments: names, titles and numbers (kept as numbers, for plural forms), never English sentences
 * @param path        where it leads on the site, relative to the base URL, e.g. {@code /questions/12#post-40}
 */
record Notice(long memberId, NotificationKind kind, Long questionId, Long postId, Long commentId, Long subjectId,
              Long actorId, String messageKey, List<?> args, String path) {
}
