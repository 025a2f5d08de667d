package org.muster.insights;

import org.muster.platform.CsvCells;
import org.springframework.stereotype.Component;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Objects;

/**
 * A metric's table over the chosen period as CSV for spreadsheets: headers in the reader's language,
 * days as ISO dates and values as plain numbers a spreadsheet reads as numbers (shares as fractions of
 * one, durations in seconds, money in its major units beside its currency). Labels are metrics' own
 * words or names of tags, queries or programs: never a member's e-mail address.
 */
@Component
class MetricCsv {

    private final FigureFormats formats;

    MetricCsv(FigureFormats formats) {
        this.formats = formats;
    }

    void write(Figures figures, PrintWriter out) {
        var money = figures.rows().stream().map(Figures.Row::currency).anyMatch(Objects::nonNull);
        var header = new ArrayList<String>();
        var kind = figures.rows().isEmpty() ? Figures.Label.Kind.NAME : figures.rows().getFirst().label().kind();
        header.add(formats.text("insights.csv.label." + kind.name().toLowerCase(java.util.Locale.ROOT)));
        for (var column : figures.columns())
            header.add(formats.text("insights.csv.unit." + column.unit().name().toLowerCase(java.util.Locale.ROOT), formats.text(column.key())));
        if (money) header.add(formats.text("insights.csv.currency"));
        out.print(String.join(",", header.stream().map(CsvCells::of).toList()) + "\r\n");
        for (var row : figures.rows()) {
            var cells = new ArrayList<String>();
            var label = row.label();
            cells.add(CsvCells.of(label.kind() == Figures.Label.Kind.DAY || label.kind() == Figures.Label.Kind.WEEK
                    ? label.text() : formats.label(label)));
            for (int i = 0; i < figures.columns().size(); i++) {
                var value = i < row.values().size() ? row.values().get(i) : null;
                var unit = figures.columns().get(i).unit();
                cells.add(value == null ? "" : plain(unit == Figures.Unit.MINOR_UNITS ? FigureFormats.chartValue(value, unit, row.currency()) : value));
            }
            if (money) cells.add(CsvCells.of(row.currency()));
            // Numbers are written here, not typed by anyone: a negative one (a sentiment) stays a number.
            out.print(String.join(",", cells) + "\r\n");
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
