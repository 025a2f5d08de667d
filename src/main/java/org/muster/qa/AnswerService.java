package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Forbidden;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Answering, accepting and validating. */
@Service
@NamedInterface("api")
public class AnswerService {

    private final AnswerRepository answers;
    private final QuestionRepository questions;
    private final PostRepository posts;
    private final QuestionService questionService;
    private final Markdown markdown;
    private final PostGuard guard;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;

    AnswerService(AnswerRepository answers, QuestionRepository questions, PostRepository posts,
                  QuestionService questionService, Markdown markdown, PostGuard guard, DraftRepository drafts,
                  ApplicationEventPublisher events) {
        this.answers = answers;
        this.questions = questions;
        this.posts = posts;
        this.questionService = questionService;
        this.markdown = markdown;
        this.guard = guard;
        this.drafts = drafts;
        this.events = events;
    }

    /** The answer as the reader may see it: outsiders, and for deleted ones non-moderators, get 404. */
    @Transactional(readOnly = true)
    public Answer get(Actor actor, long answerId) {
        var answer = answers.find(answerId).orElseThrow(NotFound::new);
        questionService.get(actor, answer.questionId());
        if (answer.deleted() && !actor.has(Role.MODERATOR) && !(answer.held() && Rights.isAuthor(actor, answer.authorId())))
            throw new NotFound();
        return answer;
    }

    @Transactional
    public Answer answer(Actor actor, long questionId, PostAnswer input) {
        long authorId = actor.requireMember();
        var body = Bodies.check(input.body());
        var question = questionService.get(actor, questionId);
        if (question.deleted()) throw new Conflict(null, "question.deleted");
        if (question.locked()) throw new Conflict(null, "question.locked");
        if (question.closed()) throw new Conflict(null, "question.closed");
        var draft = new Draft("answer", question.spaceId(), null, body, java.util.Map.of(), question.tags());
        var admitted = guard.admit(actor, draft);
        long id = answers.insert(questionId, question.spaceId(), authorId, admitted.body(), markdown.toHtml(admitted.body()));
        posts.addRevision(id, authorId, null, admitted.body(), List.of(), java.util.Map.of(), "");
        if (admitted.held()) posts.setHeld(id, "review");
        questions.countAnswers(questionId);
        guard.stored(actor, draft, admitted, new StoredPost(id, questionId, null));
        drafts.delete(authorId, DraftPlace.answering(questionId));
        events.publishEvent(new AnswerPosted(id, questionId, authorId));
        if (admitted.held()) events.publishEvent(new PostHeld(id, questionId, "review"));
        return answers.find(id).orElseThrow();
    }

    /** The asker (or staff) accepts one answer; accepting another moves the mark. */
    @Transactional
    public Question accept(Actor actor, long questionId, long answerId) {
        actor.requireMember();
        var question = questionService.get(actor, questionId);
        var answer = answers.find(answerId).filter(a -> a.questionId() == questionId && !a.deleted())
                .orElseThrow(() -> new Invalid("answerId", "answer.not-of-question"));
        if (!Rights.isAuthor(actor, question.authorId()) && !actor.isStaff())
            throw new Forbidden("answer.accept.forbidden");
        if (question.locked()) throw new Conflict(null, "question.locked");
        if (question.acceptedAnswerId() != null && question.acceptedAnswerId() == answerId) return question;
        questions.setAccepted(questionId, answerId);
        events.publishEvent(new AnswerAccepted(questionId, answerId, answer.authorId(), question.acceptedAnswerId(),
                actor.memberId()));
        return questions.find(questionId).orElseThrow();
    }

    @Transactional
    public Question unaccept(Actor actor, long questionId) {
        actor.requireMember();
        var question = questionService.get(actor, questionId);
        if (!Rights.isAuthor(actor, question.authorId()) && !actor.isStaff())
            throw new Forbidden("answer.accept.forbidden");
        if (question.acceptedAnswerId() == null) return question;
        questions.setAccepted(questionId, null);
        var previous = answers.find(question.acceptedAnswerId()).orElseThrow();
        events.publishEvent(new AnswerUnaccepted(questionId, previous.id(), previous.authorId(), actor.memberId()));
        return questions.find(questionId).orElseThrow();
    }

    /** Staff and champions mark an answer as the official ("validated") solution, or take it back. */
    @Transactional
    public Answer validate(Actor actor, long answerId, boolean validated) {
        actor.requireMember();
        var answer = answers.find(answerId).orElseThrow(NotFound::new);
        var question = questionService.get(actor, answer.questionId());
        if (answer.deleted()) throw new NotFound();
        if (!actor.has(Role.CHAMPION)) throw new Forbidden("answer.validate.forbidden");
        if (answer.validated() == validated) return answer;
        answers.setValidated(answerId, validated ? actor.memberId() : null);
        questions.refreshSolved(question.id());
        posts.touch(question.id());
        events.publishEvent(new AnswerValidated(answerId, question.id(), answer.authorId(), actor.memberId(), validated));
        return answers.find(answerId).orElseThrow();
    }
}
