package org.muster.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * Profile input, shared by the page and PATCH /api/v1/me. Availability is given per day as
 * comma-separated windows such as {@code "09:00-12:00, 18:30-21:00"}. {@code language} is the language
 * Muster speaks to the member ({@code en}, {@code nl}, {@code fr}); empty leaves it to the browser.
 */
@NamedInterface("api")
public record EditProfile(
        @NotBlank(message = "{account.display-name.required}")
        @Size(max = 60, message = "{account.display-name.too-long}") String displayName,
        @Size(max = 2000, message = "{profile.bio.too-long}") String bio,
        @Size(max = 100, message = "{profile.city.too-long}") String city,
        String timeZone,
        List<@Size(max = 40, message = "{profile.item.too-long}") String> skills,
        List<@Size(max = 40, message = "{profile.item.too-long}") String> languages,
        Map<DayOfWeek, String> availability,
        String language) {
}
