package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Admins bring their help desk's weekly ticket counts in, as CSV ({@code week,tickets}) or as a list: a
 * week is any day of its ISO week and is kept as its Monday; importing a week again replaces it. Every
 * bad line is reported with its number, and nothing is written while any line is bad.
 */
@Service
public class HelpDeskImport {

    /** Ten years of weeks: more in one import is a mistake, not a help desk. */
    static final int MOST_WEEKS = 520;
    /** The longest CSV read: {@link #MOST_WEEKS} lines with room for long dates and counts, and a header. */
    static final int MOST_CHARACTERS = 32 * 1024;
    private static final long MOST_TICKETS = 100_000_000L;

    /** One week as given: any day of it, and how many tickets the help desk received that week. */
    public record WeekTickets(String week, Long tickets) {
    }

    private final HelpDeskWeeks weeks;
    private final ApplicationEventPublisher events;

    HelpDeskImport(HelpDeskWeeks weeks, ApplicationEventPublisher events) {
        this.weeks = weeks;
        this.events = events;
    }

    /** Imports a CSV of {@code week,tickets} lines, a header line of those words allowed first; answers the weeks written. */
    @Transactional
    public int importCsv(Actor actor, String csv) {
        actor.require(Role.ADMIN);
        if (csv == null || csv.isBlank()) throw new Invalid("file", "insights.help-desk.empty");
        if (csv.length() > MOST_CHARACTERS) throw new Invalid("file", "insights.help-desk.too-large", MOST_CHARACTERS / 1024);
        var lines = csv.lines().toList();
        var given = new ArrayList<Given>();
        var problems = new ArrayList<Invalid>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.replace("\"", "").replace(" ", "").equalsIgnoreCase("week,tickets"))) continue;
            var cells = line.split(",", -1);
            if (cells.length != 2) {
                problems.add(new Invalid("file", "insights.help-desk.line.columns", i + 1));
                continue;
            }
            given.add(new Given("file", i + 1, unquoted(cells[0]), unquoted(cells[1])));
        }
        return write(actor, given, problems);
    }

    /** Imports weeks given as a list, e.g. from the API; a problem names the item, e.g. {@code [2].tickets}. */
    @Transactional
    public int importWeeks(Actor actor, List<WeekTickets> list) {
        actor.require(Role.ADMIN);
        if (list == null || list.isEmpty()) throw new Invalid("weeks", "insights.help-desk.empty");
        var given = new ArrayList<Given>();
        for (int i = 0; i < list.size(); i++) {
            var item = list.get(i);
            given.add(new Given("[" + i + "]", i + 1, item == null ? null : item.week(),
                    item == null || item.tickets() == null ? null : item.tickets().toString()));
        }
        return write(actor, given, new ArrayList<>());
    }

    /** A week as read, before it is checked: where it came from (a field and a line or item number) and its two cells. */
    private record Given(String field, int line, String week, String tickets) {
    }

    private int write(Actor actor, List<Given> given, List<Invalid> problems) {
        if (given.size() > MOST_WEEKS) throw new Invalid(given.getFirst().field().equals("file") ? "file" : "weeks",
                "insights.help-desk.too-many", MOST_WEEKS);
        var read = new ArrayList<HelpDeskWeeks.Week>();
        var lineOfWeek = new HashMap<LocalDate, Integer>();
        for (var each : given) {
            var inFile = each.field().equals("file");
            var monday = monday(each.week());
            var tickets = tickets(each.tickets());
            if (monday == null)
                problems.add(new Invalid(inFile ? "file" : each.field() + ".week", "insights.help-desk.line.week", each.line(),
                        each.week() == null ? "" : each.week()));
            if (tickets == null)
                problems.add(new Invalid(inFile ? "file" : each.field() + ".tickets", "insights.help-desk.line.tickets", each.line(),
                        each.tickets() == null ? "" : each.tickets()));
            if (monday == null || tickets == null) continue;
            var earlier = lineOfWeek.putIfAbsent(monday, each.line());
            if (earlier != null)
                problems.add(new Invalid(inFile ? "file" : each.field() + ".week", "insights.help-desk.line.twice", each.line(),
                        earlier));
            else read.add(new HelpDeskWeeks.Week(monday, tickets));
        }
        problems.sort(Comparator.comparingInt(p -> (Integer) p.args()[0]));
        if (!problems.isEmpty()) throw Invalid.all(problems);
        if (read.isEmpty()) throw new Invalid(given.isEmpty() ? "file" : given.getFirst().field(), "insights.help-desk.empty");
        long by = actor.requireMember();
        weeks.replace(read, by);
        var mondays = read.stream().map(HelpDeskWeeks.Week::week).sorted().toList();
        events.publishEvent(new HelpDeskTicketsImported(by, read.size(), mondays.getFirst(), mondays.getLast()));
        return read.size();
    }

    /** The Monday of the ISO week of an ISO date, or null for anything else (or a day before 1970). */
    private static LocalDate monday(String day) {
        if (day == null) return null;
        try {
            var date = LocalDate.parse(day.strip());
            return Period.possible(date) ? date.with(DayOfWeek.MONDAY) : null;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Long tickets(String count) {
        if (count == null || !count.strip().matches("\\d{1,9}")) return null;
        long tickets = Long.parseLong(count.strip());
        return tickets > MOST_TICKETS ? null : tickets;
    }

    private static String unquoted(String cell) {
        var text = cell.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1).strip() : text;
    }
}
