package org.muster.insights;

/**
 * What a reader asks to see, as typed in the dashboard's form or the API's query: the last {@code days}
 * days (7, 30, 90 or 365) or the days {@code from} and {@code to} (ISO dates, either may be left out; a preset wins over dates),
 * a space by its slug, a tag. Blank means the default: the last 30 days, every space he may see, every tag.
 */
record ReportQuery(String days, String from, String to, String space, String tag) {

    static ReportQuery defaults() {
        return new ReportQuery(null, null, null, null, null);
    }
}
