package dev.kulis.store.ingest;

import dev.kulis.read.Rejected;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints an ingest's progress: on a terminal one line redrawn in place (a bar, articles/s, ETA when the total is
 * known), otherwise plain lines; each commit on its own line ({@code committed N}), and a summary at the end.
 */
public final class ProgressPrinter implements IngestListener {
    private static final int BAR = 30;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private final PrintStream out;
    private final boolean terminal;
    private boolean barShown;
    private long lastLine;

    public ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(IngestStats s) {
        if (terminal) {
            out.print("\r" + bar(s) + "\u001b[K");
            out.flush();
            barShown = true;
        } else if (s.elapsedNanos() - lastLine >= PLAIN_EVERY_NANOS) {
            // a log gets a line every few seconds, not a redraw every second
            lastLine = s.elapsedNanos();
            out.println("kulis: " + line(s));
        }
    }

    @Override
    public synchronized void committed(IngestStats s) {
        clearBar();
        out.println("kulis: committed " + s.committed() + " (" + s.unchanged() + " unchanged, " + s.quarantined()
                + " quarantined)");
        out.flush();
    }

    @Override
    public synchronized void quarantined(Rejected r) {
        clearBar();
        String why = r.reason().startsWith(r.item()) ? r.reason() : r.item() + ": " + r.reason();
        out.println("kulis: quarantined " + why);
    }

    @Override
    public synchronized void finished(IngestStats s) {
        clearBar();
        out.println(summary(s));
        out.flush();
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r\u001b[K");
            barShown = false;
        }
    }

    static String bar(IngestStats s) {
        StringBuilder b = new StringBuilder();
        if (s.total() > 0) {
            double f = Math.min(1, s.done() / (double) s.total());
            int filled = (int) Math.round(f * BAR);
            b.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
            b.append(String.format(Locale.ROOT, "%3.0f%% ", f * 100));
        }
        return b.append(line(s)).toString();
    }

    static String line(IngestStats s) {
        String done = s.total() > 0 ? s.done() + "/" + s.total() : String.valueOf(s.done());
        String eta = "";
        double rate = s.perSecond();
        if (s.total() > 0 && rate > 0) {
            long left = (long) ((s.total() - s.done()) / rate);
            eta = String.format(Locale.ROOT, ", ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60);
        }
        return String.format(Locale.ROOT, "%s articles, %.0f/s%s, committed %d", done, rate, eta, s.committed());
    }

    public static String summary(IngestStats s) {
        double secs = s.elapsedNanos() / 1e9;
        double work = s.annotateNanos() + s.indexNanos();
        return String.format(Locale.ROOT, "kulis: ingest done in %.1f s: %d read, %d new, %d replaced, %d unchanged "
                        + "(skipped), %d quarantined; %.1f articles/s stored, %.0f words/s; annotate %.0f%% / index "
                        + "%.0f%% of worker time, commits %.1f s; peak heap %d MB",
                secs, s.read(), s.added(), s.replaced(), s.unchanged(), s.quarantined(), s.storedPerSecond(),
                secs == 0 ? 0 : s.words() / secs, work == 0 ? 0 : 100 * s.annotateNanos() / work,
                work == 0 ? 0 : 100 * s.indexNanos() / work, s.commitNanos() / 1e9, s.peakHeap() >> 20);
    }
}
