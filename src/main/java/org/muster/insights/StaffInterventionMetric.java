package org.muster.insights;

import org.springframework.stereotype.Component;

/** The share of questions asked in which staff answered, commented, validated or moderated. */
@Component
class StaffInterventionMetric extends ShareOfAskedMetric {

    StaffInterventionMetric(DailyTotals totals) {
        super(totals, SupportFacts.STAFF_INTERVENED, new About("staff-intervention", Family.SUPPORT, Chart.LINE, 50));
    }
}
