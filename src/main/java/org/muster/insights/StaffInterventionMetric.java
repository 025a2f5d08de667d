package org.muster.insights;

import org.springframework.stereotype.Component;

/** The share of questions asked in which staff answered, commented, validated or moderated. */
@Component
class StaffInterventionMetric extends ShareOfAskedMetric {

    StaffInterventionMetric(DailyTotals totals) {
        super(totals, SupportFacts.STAFF_INTERVENED);
    }

    @Override
    public String name() {
        return "staff-intervention";
    }

    @Override
    public int order() {
        return 50;
    }
}
