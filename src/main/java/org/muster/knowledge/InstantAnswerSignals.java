package org.muster.knowledge;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Instant answers' self-service signals in bulk, for metrics: read without a reader's checks, as the
 * caller keeps to the spaces its reader may see. Counted by the day an offer was first shown, so a
 * day's share solved stays over the same offers as they are answered.
 */
@Service
@NamedInterface("api")
public class InstantAnswerSignals {

    private final InstantAnswerRepository offers;

    InstantAnswerSignals(InstantAnswerRepository offers) {
        this.offers = offers;
    }

    /** Every UTC day on which an instant answer was shown, oldest first: what a rebuild counts. */
    @Transactional(readOnly = true)
    public List<LocalDate> days() {
        return offers.listDays();
    }

    /** Each space's figures on these days; a space without offers on a day is absent. */
    @Transactional(readOnly = true)
    public List<InstantAnswerDay> on(Collection<LocalDate> days) {
        return offers.countOn(days);
    }
}
