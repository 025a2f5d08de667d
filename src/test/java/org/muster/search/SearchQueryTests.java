package org.muster.search;

import org.junit.jupiter.api.Test;
import org.muster.platform.Invalid;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The syntax of the search help line, read the way a member means it; everything else is plain words. */
class SearchQueryTests {

    @Test
    void readsWordsPhrasesAndExclusions() {
        var query = SearchQuery.parse("  router \"drops the connection\" -mesh -\"beta firmware\"  hourly ");
        assertThat(query.words()).containsExactly("router", "hourly");
        assertThat(query.phrases()).containsExactly("drops the connection");
        assertThat(query.excluded()).containsExactly("mesh", "beta firmware");
        assertThat(query.freeText()).isEqualTo("router hourly drops the connection");
        assertThat(query.hasText()).isTrue();
    }

    @Test
    void readsTheFilters() {
        var query = SearchQuery.parse("tag:Windows space:Routers author:\"Jane Doe\" user:bob is:solved wifi");
        assertThat(query.tags()).containsExactly("windows");
        assertThat(query.spaces()).containsExactly("routers");
        assertThat(query.authors()).containsExactly("Jane Doe", "bob");
        assertThat(query.solved()).isTrue();
        assertThat(query.words()).containsExactly("wifi");
        assertThat(SearchQuery.parse("is:unsolved").solved()).isFalse();
        assertThat(SearchQuery.parse("is:UNANSWERED").unanswered()).isTrue();
        assertThat(SearchQuery.parse("wifi").solved()).isNull();
    }

    @Test
    void filtersAloneAreNoText() {
        var query = SearchQuery.parse("tag:linux is:unanswered");
        assertThat(query.hasText()).isFalse();
        assertThat(query.freeText()).isEmpty();
        assertThat(SearchQuery.parse(null).hasText()).isFalse();
        assertThat(SearchQuery.parse("   ").hasText()).isFalse();
    }

    @Test
    void unknownOperatorsAndLuceneSyntaxArePlainWords() {
        assertThat(SearchQuery.parse("http://example.com is:maybe title:router").words())
                .containsExactly("http://example.com", "is:maybe", "title:router");
        assertThat(SearchQuery.parse("router AND (wifi OR mesh)^2 ~ *").words())
                .containsExactly("router", "AND", "(wifi", "OR", "mesh)^2", "~", "*");
        // A colon at either end is no operator.
        assertThat(SearchQuery.parse("tag: :linux").words()).containsExactly("tag:", ":linux");
    }

    @Test
    void aQuoteLeftOpenIsPlainText() {
        var query = SearchQuery.parse("\"drops the connection");
        assertThat(query.phrases()).isEmpty();
        assertThat(query.words()).containsExactly("drops", "the", "connection");
    }

    @Test
    void aMinusBeforeASpaceOrAtTheEndExcludesNothing() {
        var query = SearchQuery.parse("wifi - 5-ghz -");
        assertThat(query.excluded()).isEmpty();
        assertThat(query.words()).containsExactly("wifi", "-", "5-ghz", "-");
    }

    @Test
    void anExcludedOperatorIsAnExcludedWord() {
        var query = SearchQuery.parse("-tag:beta");
        assertThat(query.tags()).isEmpty();
        assertThat(query.excluded()).isEqualTo(List.of("tag:beta"));
    }

    @Test
    void aQueryLongerThanTheLimitIsRefusedNamingTheField() {
        assertThat(SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH)).words()).hasSize(1);
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(Invalid.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("q");
                    assertThat(invalid.key()).isEqualTo("search.query.too-long");
                });
    }
}
