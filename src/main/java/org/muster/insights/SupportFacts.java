package org.muster.insights;

import org.muster.accounts.MemberRoleChanged;
import org.muster.accounts.Members;
import org.muster.accounts.Standing;
import org.muster.platform.FeedSubscriber;
import org.muster.platform.Role;
import org.muster.platform.Subscriptions;
import org.muster.qa.AnswerPosted;
import org.muster.qa.CommentAdded;
import org.muster.qa.QuestionAsked;
import org.muster.qa.QuestionEvent;
import org.muster.qa.QuestionFact;
import org.muster.qa.QuestionFacts;
import org.muster.qa.QuestionViewed;
import org.muster.qa.QuestionsImported;
import org.muster.qa.VoteCast;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the support family's facts ({@code insight_questions}) and its daily totals ({@code support.*})
 * current: every event about a question refreshes that question's facts from qa, a new post of a member
 * the questions they asked that wait for them to come back, a role change the questions its member took
 * part in, an import its space's questions; then the asking days touched are counted anew from the
 * facts. A rebuild computes every question the same way, so both give the same figures.
 */
@Component
class SupportFacts implements FeedSubscriber, DerivedFacts {

    static final String PREFIX = "support.";
    /** The daily totals this family writes per asking day, space and tag; other families read them too. */
    static final String ASKED = PREFIX + "asked", ANSWERED = PREFIX + "answered", RESOLVED = PREFIX + "resolved",
            ESCALATED = PREFIX + "escalated", STAFF_INTERVENED = PREFIX + "staff-intervened",
            ANSWERED_BY_STAFF = PREFIX + "answered-by-staff";
    private static final int BATCH = 1000;

    private final QuestionFacts qa;
    private final Members members;
    private final SupportQuestions questions;
    private final DailyTotals totals;
    private final Subscriptions subscriptions;
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Set<Long> posters = new HashSet<>();
    private final Set<Long> roleChanged = new HashSet<>();
    private final Set<Long> importedSpaces = new LinkedHashSet<>();

    SupportFacts(QuestionFacts qa, Members members, SupportQuestions questions, DailyTotals totals,
                 Subscriptions subscriptions) {
        this.qa = qa;
        this.members = members;
        this.questions = questions;
        this.totals = totals;
        this.subscriptions = subscriptions;
    }

    @Override
    public String subscription() {
        return "insights.support";
    }

    void on(QuestionEvent event) {
        // Views and votes change nothing a support figure counts, and are the most frequent events by far.
        if (event instanceof QuestionViewed || event instanceof VoteCast) return;
        touched.add(event.questionId());
        switch (event) {
            case QuestionAsked asked -> posters.add(asked.authorId());
            case AnswerPosted answer -> posters.add(answer.authorId());
            case CommentAdded comment -> posters.add(comment.authorId());
            default -> {
            }
        }
    }

    void on(MemberRoleChanged changed) {
        roleChanged.add(changed.memberId());
    }

    void on(QuestionsImported imported) {
        importedSpaces.add(imported.spaceId());
    }

    @Override
    public void batchApplied(boolean replay) {
        var ids = new LinkedHashSet<>(touched);
        ids.addAll(questions.waitingForAskers(posters));
        ids.addAll(questions.involving(roleChanged));
        var days = new HashSet<LocalDate>();
        chunks(List.copyOf(ids)).forEach(chunk -> days.addAll(refresh(chunk, qa.facts(chunk))));
        for (var space : importedSpaces) {
            long after = 0;
            for (var batch = qa.batchAfter(space, after, BATCH); !batch.isEmpty(); batch = qa.batchAfter(space, after, BATCH)) {
                days.addAll(refresh(batch.stream().map(QuestionFact::id).toList(), batch));
                after = batch.getLast().id();
            }
        }
        if (!days.isEmpty()) {
            totals.clear(PREFIX, days);
            totals.add(questions.totals(days));
        }
        touched.clear();
        posters.clear();
        roleChanged.clear();
        importedSpaces.clear();
    }

    @Override
    public String label() {
        return "insights.rebuild.support";
    }

    @Override
    public long size() {
        return qa.count();
    }

    @Override
    public void rebuild(LongConsumer done) {
        subscriptions.lock(this);
        questions.deleteAll();
        totals.clear(PREFIX);
        long after = 0;
        long count = 0;
        for (var batch = qa.batchAfter(null, after, BATCH); !batch.isEmpty(); batch = qa.batchAfter(null, after, BATCH)) {
            questions.insert(judged(batch));
            count += batch.size();
            done.accept(count);
            after = batch.getLast().id();
        }
        totals.add(questions.totals(null));
    }

    /** Replaces the facts of these questions (those absent from {@code facts} are gone); the asking days before and after. */
    private Set<LocalDate> refresh(List<Long> ids, List<QuestionFact> facts) {
        var days = new HashSet<>(questions.askedDays(ids));
        questions.delete(ids);
        questions.insert(judged(facts));
        facts.forEach(fact -> days.add(day(fact.askedAt())));
        return days;
    }

    /** The facts with staff-ness judged by each person's role now. */
    private List<SupportQuestions.Row> judged(List<QuestionFact> facts) {
        var people = facts.stream().flatMap(fact -> fact.people().stream()).collect(Collectors.toSet());
        var staff = members.standings(people).values().stream().filter(standing -> standing.role().atLeast(Role.STAFF))
                .map(Standing::memberId).collect(Collectors.toSet());
        return facts.stream().map(fact -> new SupportQuestions.Row(fact.id(), fact.spaceId(), fact.askerId(), fact.tags(),
                fact.askedAt(), fact.firstResponseAt(),
                fact.firstResponderId() != null && staff.contains(fact.firstResponderId()),
                fact.acceptedAt(), earliest(fact.acceptedAt(), fact.validatedAt()), fact.escalatedAt(),
                fact.people().stream().anyMatch(staff::contains), fact.askerReturnedAt(), fact.people())).toList();
    }

    private static Instant earliest(Instant a, Instant b) {
        return Stream.of(a, b).filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        var chunks = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += BATCH) chunks.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        return chunks;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
