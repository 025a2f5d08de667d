package org.muster.knowledge;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.moderation.Settings;
import org.muster.platform.Actor;
import org.muster.platform.Forbidden;
import org.muster.platform.FormNumbers;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.JobLocks;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.qa.Answer;
import org.muster.qa.AnswerService;
import org.muster.qa.Question;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.QuestionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Canonical answers and their health: the solution of a question that duplicates nothing carries what it
 * applies to and a review day, set by staff or the champions of the question's tags. When the day comes those
 * champions are asked to verify it again (a new review day) or to mark it outdated, pointing at the newer answer.
 */
@Service
@NamedInterface("api")
public class CanonicalAnswers {

    /** A review day further ahead than this is a typing mistake, not a plan. */
    private static final int MAX_YEARS_AHEAD = 10;
    private static final int APPLIES_TO_MAX = 200;
    private static final int HEALTH_LIMIT = 500;

    private final CanonicalNoteRepository notes;
    private final QuestionService questions;
    private final AnswerService answers;
    private final QuestionDocuments documents;
    private final Members members;
    private final Settings moderation;
    private final TagChampions champions;
    private final JobLocks jobs;
    private final ApplicationEventPublisher events;

    CanonicalAnswers(CanonicalNoteRepository notes, QuestionService questions, AnswerService answers,
                     QuestionDocuments documents, Members members, Settings moderation, TagChampions champions, JobLocks jobs,
                     ApplicationEventPublisher events) {
        this.notes = notes;
        this.questions = questions;
        this.answers = answers;
        this.documents = documents;
        this.members = members;
        this.moderation = moderation;
        this.champions = champions;
        this.jobs = jobs;
        this.events = events;
    }

    /** The answer's note as a reader who may see the answer sees it; an answer that is no canonical solution gets 404. */
    @Transactional(readOnly = true)
    public CanonicalAnswer get(Actor actor, long answerId) {
        var solution = solution(actor, answerId);
        var note = notes.find(answerId).orElse(null);
        return canonicalAnswer(actor, solution.question(), note, answerId, verifiers(note == null ? List.of() : List.of(note)));
    }

    /** The answer's note for its review page: only its reviewers (staff, champions of its tags) get it, others 403. */
    @Transactional(readOnly = true)
    public CanonicalAnswer review(Actor actor, long answerId) {
        actor.requireMember();
        var answer = get(actor, answerId);
        requireReviewer(actor, questions.get(actor, answer.questionId()));
        return answer;
    }

    /** Whether the actor may set, verify or mark outdated the solutions of this question: staff, or a champion of one of its tags. */
    @Transactional(readOnly = true)
    public boolean mayReview(Actor actor, Question question) {
        return champions.lookAfter(actor, question);
    }

    @Transactional
    public CanonicalAnswer note(Actor actor, long answerId, CanonicalNoteInput input) {
        long by = actor.requireMember();
        var appliesTo = appliesTo(input.appliesTo());
        var reviewOn = reviewDay(input.reviewOn(), false);
        var solution = solution(actor, answerId);
        requireReviewer(actor, solution.question());
        notes.upsert(answerId, solution.question().id(), appliesTo, reviewOn, by);
        events.publishEvent(new CanonicalNoteSet(solution.question().id(), answerId, by));
        return get(actor, answerId);
    }

    /** Verified again: the answer still holds, until its next review day; no longer outdated. */
    @Transactional
    public CanonicalAnswer verify(Actor actor, long answerId, CanonicalReviewInput input) {
        long by = actor.requireMember();
        var reviewOn = reviewDay(input.reviewOn(), true);
        var solution = solution(actor, answerId);
        requireReviewer(actor, solution.question());
        notes.verify(answerId, solution.question().id(), reviewOn, by);
        events.publishEvent(new CanonicalAnswerVerified(solution.question().id(), answerId, by, reviewOn.toString()));
        return get(actor, answerId);
    }

    /** Outdated, pointing (when given) at the newer answer that replaces it, which the reviewer must be able to see. */
    @Transactional
    public CanonicalAnswer markOutdated(Actor actor, long answerId, CanonicalReviewInput input) {
        long by = actor.requireMember();
        var newer = input.newerAnswerId();
        if (newer != null && newer == answerId) throw new Invalid("newerAnswerId", "canonical.newer.self");
        var solution = solution(actor, answerId);
        requireReviewer(actor, solution.question());
        if (newer != null) {
            try {
                answers.get(actor, newer);
            } catch (NotFound unknown) {
                throw new Invalid("newerAnswerId", "canonical.newer.unknown");
            }
        }
        notes.markOutdated(answerId, solution.question().id(), newer, by);
        events.publishEvent(new CanonicalAnswerOutdated(solution.question().id(), answerId, newer, by));
        return get(actor, answerId);
    }

    /**
     * Content health: canonical answers due or overdue for review, then outdated ones, that the actor may review
     * (staff: all they may see; a champion: those in their tags).
     */
    @Transactional(readOnly = true)
    public List<CanonicalAnswer> health(Actor actor) {
        actor.require(Role.CHAMPION);
        var listed = notes.listDueOrOutdated(today(), HEALTH_LIMIT);
        var readable = questions.readable(actor, listed.stream().map(StoredCanonicalNote::questionId).distinct().toList());
        var names = verifiers(listed);
        return listed.stream().filter(n -> readable.containsKey(n.questionId()) && mayReview(actor, readable.get(n.questionId())))
                .map(n -> canonicalAnswer(actor, readable.get(n.questionId()), n, n.answerId(), names)).toList();
    }

    /**
     * Hourly, on one node: each canonical answer whose review day came is told once to the champions of its
     * question's tags (routing notifies them); a second run, or a run on another node, finds it told.
     */
    @Scheduled(cron = "${muster.knowledge.canonical-review-cron:0 7 * * * *}")
    @Transactional
    public void askForReviews() {
        if (!jobs.tryLock("muster.canonical-reviews")) return;
        var due = notes.takeNewlyDue(today());
        if (due.isEmpty()) return;
        var questionsDue = documents.byIds(due.stream().map(StoredCanonicalNote::questionId).distinct().toList()).stream()
                .filter(q -> !q.deleted()).collect(java.util.stream.Collectors.toMap(q -> q.id(), q -> q.tags()));
        var champions = moderation.championTags(members.withRole(Role.CHAMPION).stream().map(MemberSummary::id).toList());
        for (var note : due) {
            var tags = questionsDue.get(note.questionId());
            if (tags == null) continue;
            var asked = champions.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(tags::contains))
                    .map(Map.Entry::getKey).sorted().toList();
            events.publishEvent(new CanonicalReviewDue(note.questionId(), note.answerId(), note.reviewOn().toString(), asked));
        }
    }

    /** The notes on a thread's solutions, for the port the question page asks. */
    List<StoredCanonicalNote> notesOf(long questionId) {
        return notes.listOfQuestion(questionId);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** An accepted or validated answer of a question that duplicates nothing, as the actor may see it. */
    private Solution solution(Actor actor, long answerId) {
        var answer = answers.get(actor, answerId);
        var question = questions.get(actor, answer.questionId());
        if (!isCanonicalSolution(question, answer)) throw new NotFound();
        return new Solution(question, answer);
    }

    static boolean isCanonicalSolution(Question question, Answer answer) {
        return question.duplicateOf() == null && !question.deleted() && !answer.deleted()
                && (answer.validated() || Objects.equals(question.acceptedAnswerId(), answer.id()));
    }

    private record Solution(Question question, Answer answer) {
    }

    private void requireReviewer(Actor actor, Question question) {
        if (!mayReview(actor, question)) throw new Forbidden("canonical.forbidden");
    }

    private static String appliesTo(String text) {
        var line = text == null ? "" : InputText.singleLine(text).strip();
        if (InputText.visibleLength(line) > APPLIES_TO_MAX) throw new Invalid("appliesTo", "canonical.applies-to.too-long", APPLIES_TO_MAX);
        return line.isEmpty() ? null : line;
    }

    /** A review day after today and within ten years; blank is none unless one is required. */
    private static LocalDate reviewDay(String text, boolean required) {
        var day = FormNumbers.date("reviewOn", text);
        if (day == null) {
            if (required) throw new Invalid("reviewOn", "canonical.review-on.required");
            return null;
        }
        var today = today();
        if (!day.isAfter(today) || day.isAfter(today.plusYears(MAX_YEARS_AHEAD)))
            throw new Invalid("reviewOn", "canonical.review-on.range", MAX_YEARS_AHEAD);
        return day;
    }

    /** The newer answer is named only when the reader may see it. */
    private CanonicalAnswer canonicalAnswer(Actor reader, Question question, StoredCanonicalNote note, long answerId,
                                            Map<Long, MemberSummary> names) {
        if (note == null)
            return new CanonicalAnswer(answerId, question.id(), question.title(), question.tags(), null, null, false,
                    null, null, false, null, null, null);
        var newer = newerAnswer(reader, note);
        var verifier = note.verifiedBy() == null ? null : names.get(note.verifiedBy());
        return new CanonicalAnswer(answerId, question.id(), question.title(), question.tags(), note.appliesTo(),
                note.reviewOn(), note.reviewDue(today()), verifier == null ? null : verifier.displayName(),
                note.verifiedAt(), note.outdated(), note.outdatedAt(), newer == null ? null : newer.id(),
                newer == null ? null : newer.questionId());
    }

    Answer newerAnswer(Actor reader, StoredCanonicalNote note) {
        if (note.newerAnswerId() == null) return null;
        try {
            return answers.get(reader, note.newerAnswerId());
        } catch (NotFound hidden) {
            return null;
        }
    }

    Map<Long, MemberSummary> verifiers(List<StoredCanonicalNote> list) {
        var ids = new HashSet<Long>();
        list.forEach(n -> { if (n.verifiedBy() != null) ids.add(n.verifiedBy()); });
        return members.summaries(ids);
    }
}
