package org.muster.routing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.DayOfWeek;

/** A member's mail preferences as the settings page and the API show and take them. */
@Schema(description = "When notification mail may reach the member")
record MailPreferences(
        @Schema(description = "Start of quiet hours, local time HH:mm; empty for none", example = "22:00") String quietHoursStart,
        @Schema(description = "End of quiet hours, local time HH:mm; mail held in quiet hours goes out then", example = "07:00") String quietHoursEnd,
        @Schema(description = "Local hour (0-23) at which daily and weekly digests go out", example = "8") Integer digestHour,
        @Schema(description = "Day of the weekly digest", example = "MONDAY") DayOfWeek weeklyDigestDay) {
}
