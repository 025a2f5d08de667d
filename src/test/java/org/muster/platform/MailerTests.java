package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails are written for their reader: in the recipient's time zone, whoever caused them. */
class MailerTests extends IntegrationTest {

    @Test
    void aSanctionMailGivesItsEndInTheMembersZoneNotTheModerators() {
        var email = uniqueEmail("tokyo");
        long id = signUpVerified(email, "Haruki");
        var member = http.withToken(tokenFor(email, PASSWORD));
        assertThat(member.patch("/api/v1/me", Map.of("displayName", "Haruki", "timeZone", "Asia/Tokyo")).status()).isEqualTo(200);

        var moderator = http.withToken(memberWithRole("moderator", "Mo in UTC"));
        var sanction = moderator.post("/api/v1/moderation/members/" + id + "/sanctions",
                Map.of("kind", "silence", "days", 2, "reason", "links to a shop in every answer"));
        assertThat(sanction.status()).as(sanction.body()).isEqualTo(201);

        var endsAt = Instant.parse(sanction.json().get("endsAt").asString());
        var inTokyo = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH).withZone(ZoneId.of("Asia/Tokyo")).format(endsAt) + " (Asia/Tokyo)";
        assertThat(awaitMail(email, "You cannot post until " + inTokyo))
                .contains("you cannot post until " + inTokyo, "Reason: links to a shop in every answer", "/guidelines");
    }
}
