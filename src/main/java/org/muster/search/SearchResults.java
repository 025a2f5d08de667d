package org.muster.search;

import java.util.List;

/**
 * A page of search results with the facets of all matches. {@code searchId} identifies the search in
 * the log (null for later pages and empty queries), so that opening a result can be recorded.
 */
public record SearchResults(String query, List<SearchHit> hits, int total, int page, int pages, Facets facets,
                            Long searchId, boolean recent) {

    /** Counts by space, by tag (the most frequent) and by solved state, over every match the reader may see. */
    public record Facets(List<FacetValue> spaces, List<FacetValue> tags, int solved, int unsolved) {
    }

    /** One facet value: what to add to the query to narrow to it, its label and its count. */
    public record FacetValue(String value, String label, int count) {
    }
}
