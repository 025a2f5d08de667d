package org.muster.insights;

import org.muster.platform.FormNumbers;

/** The deflection weights as typed. */
record DeflectionForm(String selfService, String community) {

    static DeflectionForm of(DeflectionWeights.Weights weights) {
        return new DeflectionForm(String.valueOf(weights.selfService()), String.valueOf(weights.community()));
    }

    DeflectionWeights.Weights toWeights() {
        return new DeflectionWeights.Weights(FormNumbers.optionalInt("selfService", selfService),
                FormNumbers.optionalInt("community", community));
    }
}
