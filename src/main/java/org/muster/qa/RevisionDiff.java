package org.muster.qa;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/** A line diff between two versions of a text, for the revision page. */
final class RevisionDiff {

    /** One line: "same", "added" or "removed". */
    public record Line(String change, String text) {
    }

    private RevisionDiff() {
    }

    public static List<Line> lines(String before, String after) {
        var old = before == null ? List.<String>of() : before.lines().toList();
        var now = after == null ? List.<String>of() : after.lines().toList();
        var lines = new ArrayList<Line>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) lines.add(new Line("same", old.get(position)));
            delta.getSource().getLines().forEach(l -> lines.add(new Line("removed", l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line("added", l)));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) lines.add(new Line("same", old.get(position)));
        return lines;
    }
}
