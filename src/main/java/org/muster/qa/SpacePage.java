package org.muster.qa;

import org.muster.spaces.Space;
import org.muster.spaces.SpaceDetails;

import java.util.List;

/** What a list page shows: the space (none on home and tag pages), pinned questions, a page, the spaces beside it. */
record SpacePage(SpaceDetails details, List<QuestionSummary> pinned, QuestionPage page, List<Space> spaces) {
}
