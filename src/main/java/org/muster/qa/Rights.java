package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.Role;

/** What the reader of a thread may do there, so the page offers only what the services allow. */
record Rights(Long memberId, boolean signedIn, boolean canAnswer, boolean canAccept, boolean canValidate,
                     boolean canModerate, boolean editsAny, boolean canEscalate) {

    static Rights of(Actor actor, Question question) {
        boolean member = !actor.isVisitor();
        boolean open = !question.closed() && !question.locked() && !question.deleted();
        return new Rights(actor.memberId(), member, member && open,
                member && (isAuthor(actor, question.authorId()) || actor.isStaff()) && !question.locked(),
                actor.has(Role.CHAMPION), actor.has(Role.MODERATOR), actor.has(Role.CHAMPION),
                member && question.escalatedAt() == null && !question.deleted()
                        && (isAuthor(actor, question.authorId()) || actor.has(Role.CHAMPION)));
    }

    /** Anyone signed in may flag someone else's post. */
    public boolean canFlag(Long authorId) {
        return signedIn && !isOwn(authorId);
    }

    public boolean canEdit(Long authorId) {
        return signedIn && (editsAny || (authorId != null && authorId.equals(memberId)));
    }

    public boolean canDelete(Long authorId) {
        return signedIn && (canModerate || (authorId != null && authorId.equals(memberId)));
    }

    public boolean isOwn(Long authorId) {
        return authorId != null && authorId.equals(memberId);
    }

    static boolean isAuthor(Actor actor, Long authorId) {
        return authorId != null && actor.isMember(authorId);
    }
}
