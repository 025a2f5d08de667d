package org.muster.insights;

import org.muster.platform.PageFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Figures as their reader reads them, in his language and locale: shares as percentages, seconds as
 * durations, money in its currency, days and weeks as his calendar writes them; and the change from
 * the previous period with its sign.
 */
@Component
class FigureFormats {

    private final MessageSource messages;
    private final PageFormats formats;

    FigureFormats(MessageSource messages, PageFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** A value in its unit; an empty string where there is nothing to compute it from. */
    String value(Double value, Figures.Unit unit, String currency) {
        if (value == null) return "";
        return switch (unit) {
            case COUNT -> number(value, 1);
            case DECIMAL -> number(value, 2);
            case SHARE -> {
                var percent = NumberFormat.getPercentInstance(locale());
                percent.setMaximumFractionDigits(1);
                yield percent.format(value);
            }
            case SECONDS -> duration(Math.round(value));
            case HOURS -> text("insights.unit.hours", number(value, 1));
            case POINTS -> text("insights.unit.points", value);
            case MINOR_UNITS -> currency == null ? number(value / 100, 2) : formats.money(Math.round(value), currency);
        };
    }

    /** The change from the previous period with its sign; a share's change in percentage points. */
    String change(Double change, Figures.Unit unit, String currency) {
        if (change == null) return "";
        var size = Math.abs(change);
        var text = unit == Figures.Unit.SHARE ? text("insights.change.share-points", number(size * 100, 1))
                : value(size, unit, currency);
        return (change > 0 ? "+" : change < 0 ? "\u2212" : "") + text;
    }

    /** A row's label: a day or a week in the reader's calendar, a message, or a name as it is. */
    String label(Figures.Label label) {
        return switch (label.kind()) {
            case DAY -> day(LocalDate.parse(label.text()));
            case WEEK -> text("insights.week", day(LocalDate.parse(label.text())));
            case MESSAGE -> text(label.text());
            case NAME -> label.text();
        };
    }

    /** A value as a chart draws it: shares in percent, durations in hours, money in its major units. */
    static Double chartValue(Double value, Figures.Unit unit, String currency) {
        if (value == null) return null;
        return switch (unit) {
            case SHARE -> value * 100;
            case SECONDS -> value / 3600;
            case MINOR_UNITS -> BigDecimal.valueOf(value).movePointLeft(currency == null ? 2
                    : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits())).doubleValue();
            default -> value;
        };
    }

    /** The period's first and last day and its length, for the line above the figures. */
    String period(Period period) {
        return text("insights.showing", day(period.from()), day(period.to()), period.days());
    }

    private String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    private String duration(long seconds) {
        if (seconds < 60) return text("insights.duration.seconds", seconds);
        long minutes = seconds / 60;
        if (minutes < 60) return text("insights.duration.minutes", minutes);
        long hours = minutes / 60;
        if (hours < 24) return text("insights.duration.hours", hours, minutes % 60);
        return text("insights.duration.days", hours / 24, hours % 24);
    }

    private String number(double value, int fractionDigits) {
        var format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
