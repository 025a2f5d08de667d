package org.muster.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionTextTests {

    @Test
    void findsHandlesInProseInOrderOnceEach() {
        assertThat(MentionText.handles("Thanks @Mia_Rossi, and (@bob). @mia_rossi again; ## @carl\n@dora"))
                .containsExactly("mia_rossi", "bob", "carl", "dora");
        assertThat(MentionText.handles("# Hi @carl\nnext")).containsExactly("carl");
    }

    @Test
    void ignoresCodeHtmlAndMailAddresses() {
        assertThat(MentionText.handles("""
                Use `@Override` here:

                ```java
                @Deprecated class Router {}
                ```

                    @indented code

                <div>@html</div>

                write to someone@example.org or @x""")).isEmpty();
    }
}
