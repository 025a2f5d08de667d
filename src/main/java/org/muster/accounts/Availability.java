package org.muster.accounts;

import org.muster.platform.Invalid;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes a week of availability as text, one line of windows per day. */
final class Availability {

    private static final int MAX_WINDOWS_PER_DAY = 6;

    private Availability() {
    }

    static List<AvailabilityWindow> parse(Map<DayOfWeek, String> days) {
        var windows = new ArrayList<AvailabilityWindow>();
        if (days == null) return windows;
        for (var day : DayOfWeek.values()) {
            var text = days.get(day);
            if (text == null || text.isBlank()) continue;
            var field = "availability[" + day + "]";
            var parts = text.split(",");
            if (parts.length > MAX_WINDOWS_PER_DAY) throw new Invalid(field, "profile.availability.too-many");
            var today = new ArrayList<AvailabilityWindow>();
            for (var part : parts) today.add(window(day, part.strip(), field));
            today.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
            for (int i = 1; i < today.size(); i++)
                if (today.get(i).startsAt().isBefore(today.get(i - 1).endsAt()))
                    throw new Invalid(field, "profile.availability.overlap");
            windows.addAll(today);
        }
        return windows;
    }

    private static AvailabilityWindow window(DayOfWeek day, String text, String field) {
        var ends = text.split("-");
        if (ends.length != 2) throw new Invalid(field, "profile.availability.format", text);
        try {
            var start = LocalTime.parse(ends[0].strip());
            var end = LocalTime.parse(ends[1].strip());
            if (!end.isAfter(start)) throw new Invalid(field, "profile.availability.order", text);
            return new AvailabilityWindow(day, start, end);
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "profile.availability.format", text);
        }
    }

    static Map<DayOfWeek, String> format(List<AvailabilityWindow> windows) {
        var days = new EnumMap<DayOfWeek, String>(DayOfWeek.class);
        windows.stream().collect(Collectors.groupingBy(AvailabilityWindow::day, () -> new EnumMap<>(DayOfWeek.class),
                        Collectors.mapping(w -> w.startsAt() + "-" + w.endsAt(), Collectors.joining(", "))))
                .forEach(days::put);
        return days;
    }
}
