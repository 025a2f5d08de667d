package org.muster.knowledge;

import org.muster.platform.Actor;
import org.muster.qa.Answer;
import org.muster.qa.CanonicalNotes;
import org.muster.qa.Question;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers Q&A's question page: the notes on a canonical question's solutions, as {@link CanonicalAnswers} keeps them. */
@Component
class CanonicalThreadNotes implements CanonicalNotes {

    private final CanonicalAnswers canonical;

    CanonicalThreadNotes(CanonicalAnswers canonical) {
        this.canonical = canonical;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CanonicalNote> notesOn(Actor reader, Question question, List<Answer> answers) {
        var solutions = answers.stream().filter(a -> CanonicalAnswers.isCanonicalSolution(question, a)).toList();
        if (solutions.isEmpty()) return Map.of();
        var stored = canonical.notesOf(question.id()).stream()
                .collect(Collectors.toMap(StoredCanonicalNote::answerId, Function.identity()));
        boolean mayReview = canonical.mayReview(reader, question);
        if (stored.isEmpty() && !mayReview) return Map.of();
        var names = canonical.verifiers(List.copyOf(stored.values()));
        var today = CanonicalAnswers.today();
        var result = new HashMap<Long, CanonicalNote>();
        for (var answer : solutions) {
            var note = stored.get(answer.id());
            if (note == null) {
                if (mayReview) result.put(answer.id(), new CanonicalNote(answer.id(), null, null, false, null, null, false, null, null, true));
                continue;
            }
            var newer = canonical.newerAnswer(reader, note);
            var verifier = note.verifiedBy() == null ? null : names.get(note.verifiedBy());
            result.put(answer.id(), new CanonicalNote(answer.id(), note.appliesTo(), note.reviewOn(), note.reviewDue(today),
                    verifier == null ? null : verifier.displayName(), note.verifiedAt(), note.outdated(),
                    newer == null ? null : newer.questionId(), newer == null ? null : newer.id(), mayReview));
        }
        return result;
    }
}
