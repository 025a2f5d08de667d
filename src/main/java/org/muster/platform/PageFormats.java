package org.muster.platform;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;

/**
 * Dates in the reader's time zone and numbers in the reader's locale, for templates:
 * {@code ${@formats.dateTime(mail.createdAt)}}.
 */
@Component("formats")
public class PageFormats {

    public String dateTime(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(CurrentActor.get().zone())
                .format(instant);
    }

    public String date(Instant instant) {
        if (instant == null) return "";
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(CurrentActor.get().zone())
                .format(instant);
    }

    /** A calendar day (a review date), which no time zone shifts. */
    public String date(java.time.LocalDate day) {
        if (day == null) return "";
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale()).format(day);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    /** Minor units of a currency, e.g. 1250 EUR → "€12.50" in the reader's locale. */
    public String money(long minor, String currency) {
        var format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        var code = java.util.Currency.getInstance(currency);
        format.setCurrency(code);
        return format.format(java.math.BigDecimal.valueOf(minor, Math.max(0, code.getDefaultFractionDigits())));
    }
}
