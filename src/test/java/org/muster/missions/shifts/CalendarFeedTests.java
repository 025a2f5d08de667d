package org.muster.missions.shifts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A place or title typed by a visitor stays inside its calendar line. */
class CalendarFeedTests {

    @Test
    void aLoneCarriageReturnCannotStartAnotherCalendarLine() {
        var ics = new StringBuilder();
        CalendarFeed.line(ics, "LOCATION:" + CalendarFeed.text("Gate 5\rBEGIN:VEVENT\r\nSUMMARY:free\u0000 money"));
        assertThat(ics.toString()).isEqualTo("LOCATION:Gate 5\\nBEGIN:VEVENT\\nSUMMARY:free money\r\n");
    }

    @Test
    void textValuesEscapeTheirSeparators() {
        assertThat(CalendarFeed.text("Café; north, gate\\2")).isEqualTo("Café\\; north\\, gate\\\\2");
    }
}
