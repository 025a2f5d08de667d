package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reader of the change feed moves on only past what it has applied. */
class FeedCursorTests extends IntegrationTest {

    @Autowired
    EventLog log;

    @Test
    void aBatchThatFailedIsHandedOutAgainAndOnlyOnceItSucceeded() {
        var cursor = log.cursorFromNow();
        var ids = db.sql("""
                insert into domain_events (type, payload) values ('CursorTested', '{}'), ('CursorTested', '{}') returning id""")
                .query(Long.class).list();

        assertThatThrownBy(() -> cursor.next(100, events -> {
            throw new IllegalStateException("the index is away");
        })).isInstanceOf(IllegalStateException.class);

        var applied = new ArrayList<Long>();
        cursor.next(100, events -> events.stream().filter(e -> e.type().equals("CursorTested")).forEach(e -> applied.add(e.id())));
        assertThat(applied).containsExactlyElementsOf(ids);

        var again = new ArrayList<Long>();
        cursor.next(100, events -> events.stream().filter(e -> e.type().equals("CursorTested")).forEach(e -> again.add(e.id())));
        assertThat(again).isEqualTo(List.of());
    }
}
