package org.muster.qa;

import org.springframework.web.util.HtmlUtils;

import java.util.List;

/** The author's text, escaped, with each finding wrapped in a mark element, for the preview. */
final class FindingMarks {

    private static final int CONTEXT = 40;

    private FindingMarks() {
    }

    /** Only the text around findings is shown, so a long post's preview stays short. Findings are in order. */
    static String html(String text, List<Finding> findings) {
        var out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < findings.size(); i++) {
            var finding = findings.get(i);
            int from = Math.max(shown, finding.start() - CONTEXT);
            if (from > shown || (i == 0 && from > 0)) out.append(" … ");
            out.append(escape(text, from, finding.start()))
                    .append("<mark title=\"").append(HtmlUtils.htmlEscape(finding.label())).append("\">")
                    .append(escape(text, finding.start(), finding.end())).append("</mark>");
            int next = i + 1 < findings.size() ? findings.get(i + 1).start() : text.length();
            shown = Math.min(next, finding.end() + CONTEXT);
            out.append(escape(text, finding.end(), shown));
        }
        if (!findings.isEmpty() && shown < text.length()) out.append(" …");
        return out.toString();
    }

    private static String escape(String text, int from, int to) {
        return HtmlUtils.htmlEscape(text.substring(from, Math.max(from, to)));
    }
}
