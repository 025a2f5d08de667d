package org.muster.search;

import java.util.List;

/**
 * A page of search results with the facets of all matches. {@code searchKey} is the secret with which
 * only this reader records that he opened a result (null for later pages and empty queries).
 */
record SearchResults(String query, List<SearchHit> hits, int total, int page, int pages, Facets facets,
                            String searchKey, boolean recent) {

    /** Counts by space, by tag (the most frequent) and by solved state, over every match the reader may see. */
    public record Facets(List<FacetValue> spaces, List<FacetValue> tags, int solved, int unsolved) {
    }

    /** One facet value: what to add to the query to narrow to it, its label and its count. */
    public record FacetValue(String value, String label, int count) {
    }
}
