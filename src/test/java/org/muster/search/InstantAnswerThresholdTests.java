package org.muster.search;

import org.junit.jupiter.api.Test;
import org.muster.SharedData;
import org.muster.knowledge.ClosestQuestions;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instant answers' threshold on SemEval-2016 task 3 dev data (never used to choose it): the
 * ranking and cosine of the ask form, the first candidate at or above the threshold offered. Prints
 * precision and recall; the floors fail if the ranking or the embedding breaks, not on small changes.
 */
class InstantAnswerThresholdTests {

    @Test
    void theDefaultThresholdIsRarelyWrongOnTheDevSplit() throws Exception {
        var ranked = InstantAnswerEvaluation.rank(SharedData.file("semeval2016-task3/SemEval2016-Task3-CQA-QL-dev.xml"), new Embedder());
        double threshold = Double.parseDouble(ClosestQuestions.DEFAULT_CLOSENESS);
        var perfect = InstantAnswerEvaluation.outcome(ranked, threshold, Set.of("PerfectMatch"));
        var useful = InstantAnswerEvaluation.outcome(ranked, threshold, Set.of("PerfectMatch", "Relevant"));
        System.out.println("instant answers on SemEval dev, PerfectMatch right: " + perfect);
        System.out.println("instant answers on SemEval dev, PerfectMatch or Relevant right: " + useful);
        assertThat(perfect.offered()).isGreaterThanOrEqualTo(3);
        assertThat(perfect.precision()).isGreaterThanOrEqualTo(0.6);
        assertThat(useful.precision()).isGreaterThanOrEqualTo(0.8);
        assertThat(perfect.recall()).isGreaterThan(0.05);
    }
}
