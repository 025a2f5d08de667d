package org.muster.insights;

import org.springframework.stereotype.Component;

/** The share of questions asked that went to official support (a ticket), whoever or whatever escalated them. */
@Component
class EscalationRateMetric extends ShareOfAskedMetric {

    EscalationRateMetric(DailyTotals totals) {
        super(totals, SupportFacts.ESCALATED, new About("escalation-rate", Family.SUPPORT, Chart.LINE, 40));
    }
}
