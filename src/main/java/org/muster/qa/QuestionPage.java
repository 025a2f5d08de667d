package org.muster.qa;

import java.util.List;

/** One page of a list and the cursor of the next one (null on the last page). */
record QuestionPage(List<QuestionSummary> questions, String next) {
}
