package org.muster.platform;

/** Cells of CSV exports opened in spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quoted when needed; a leading formula character is neutralised so spreadsheets do not run it. */
    public static String of(String value) {
        if (value == null) return "";
        var text = value.matches("(?s)[=+\\-@\\t\\r].*") ? "'" + value : value;
        return text.matches("(?s).*[\",\\n\\r].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
