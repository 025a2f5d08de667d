package org.muster.qa;

import org.junit.jupiter.api.Test;
import org.muster.platform.Invalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "next page" cursor a client echoes back: it must come back as it went out, and garbage is a 400 on "after". */
class CursorTests {

    @Test
    void comesBackAsItWentOut() {
        for (var cursor : new Cursor[]{new Cursor(1_764_547_200_123_456L, 42), new Cursor(0, 1),
                new Cursor(-3, Long.MAX_VALUE), new Cursor(Long.MIN_VALUE, 7)}) {
            assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        }
    }

    @Test
    void isSafeInAQueryStringWithoutEscaping() {
        assertThat(new Cursor(1_764_547_200_123_456L, 9_999_999).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertThat(Cursor.decode(null)).isNull();
    }

    @Test
    void aCursorNotMadeByUsIsRefusedNamingTheParameter() {
        for (var text : new String[]{"", "not base64!", "bm90IGEgY3Vyc29y", "MTIz", "YTpi", "MTI6"}) {
            assertThatThrownBy(() -> Cursor.decode(text)).as(text).isInstanceOfSatisfying(Invalid.class, invalid -> {
                assertThat(invalid.field()).isEqualTo("after");
                assertThat(invalid.key()).isEqualTo("question.list.cursor");
            });
        }
    }
}
