package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact time behind "3 hours ago" is written as the reader's locale writes it: 24-hour where it is. */
class MomentTests extends IntegrationTest {

    private static final Pattern EXACT = Pattern.compile("<time[^>]*title=\"([^\"]+)\"[^>]*data-relative");

    @Test
    void exactTimeFollowsTheClockOfTheReadersLocale() {
        var token = UUID.randomUUID().toString().substring(0, 6);
        var slug = "moments-" + token;
        http.withToken(adminToken()).post("/api/v1/spaces", Map.of("slug", slug, "name", "Moments " + token, "visibility", "public",
                "tagGroups", List.of(Map.of("name", "kind", "tags", List.of("clock-" + token)))));
        var asked = http.withToken(memberWithRole("member")).post("/api/v1/questions", Map.of("space", slug,
                "title", "Timer switch runs an hour late " + token, "tags", List.of("clock-" + token),
                "body", "Since the clocks changed the timer switch runs an hour late."));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        var path = "/questions/" + asked.json().get("id").asLong();

        assertThat(exactTime(path, "en-GB")).matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");
        // German is no language of Muster's: the words are English, the clock is the reader's 24-hour one.
        assertThat(exactTime(path, "de-DE")).matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");
        assertThat(exactTime(path, "fr-CA")).contains(" h ");
        assertThat(exactTime(path, "en-US")).containsPattern("\\d{1,2}:\\d{2}\\s(AM|PM)");
    }

    private String exactTime(String path, String language) {
        var page = new Http("http://localhost:" + port).withHeaders(Map.of("Accept-Language", language)).get(path).body();
        var found = EXACT.matcher(page);
        assertThat(found.find()).as("a time on " + path).isTrue();
        return found.group(1).replace('\u202f', ' ');
    }
}
