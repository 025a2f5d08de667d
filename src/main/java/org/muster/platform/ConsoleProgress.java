package org.muster.platform;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;

/** A one-line progress bar for commands: label, bar, percentage and a count, redrawn in place. */
public final class ConsoleProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private long lastDrawn = -1;

    public ConsoleProgress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** Redraws when the shown percentage changes, so a million updates cost a hundred lines. */
    public void update(long done, long count) {
        long percent = Math.min(100, done * 100 / total);
        if (percent == lastDrawn || (percent == 100 && done < total)) return;
        lastDrawn = percent;
        int filled = (int) (percent * WIDTH / 100);
        out.print("\r" + String.format("%-16s", label) + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%", percent) + "  " + NumberFormat.getIntegerInstance(Locale.ROOT).format(count));
        out.flush();
    }

    public void finish(long count) {
        lastDrawn = -1;
        update(total, count);
        out.println();
    }
}
