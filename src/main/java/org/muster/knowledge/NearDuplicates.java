package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;

import java.util.OptionalLong;

/**
 * Which earlier question a new one asks again, by meaning: knowledge asks, the search module, which owns
 * the vectors, answers. The recurring-questions report groups questions by this as it does by duplicates.
 */
@NamedInterface("ports")
public interface NearDuplicates {

    /**
     * The question asked before this one in its space whose meaning is closest to it, when their plain
     * cosine is at least {@code minCosine}; empty for a question that is gone or has no such neighbour.
     */
    OptionalLong closestEarlier(long questionId, double minCosine);
}
