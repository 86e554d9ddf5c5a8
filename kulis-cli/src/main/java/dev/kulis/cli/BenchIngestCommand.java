package dev.kulis.cli;

import dev.kulis.eval.SharedData;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.ingest.IngestListener;
import dev.kulis.store.ingest.IngestOptions;
import dev.kulis.store.ingest.IngestStats;
import dev.kulis.store.ingest.Ingester;
import dev.kulis.store.ingest.ProgressPrinter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kulis bench ingest}: end-to-end ingest throughput (read, annotate, index, commit) into a fresh archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest the first N articles of a JSON Lines file into a fresh archive (a temporary folder "
                + "unless --keep) on every core; print articles/s, words/s, peak heap and the share of worker time "
                + "spent annotating vs indexing."})
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE",
            description = "JSON Lines input (default: ../shared/data/news/kemik-42bin.jsonl)")
    Path input;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "how many articles (the first N lines; default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "workers (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000", description = "as for ingest")
    int commitEvery;

    @Option(names = "--keep", paramLabel = "DIR", description = "build the archive here and keep it (for bench query)")
    Path keep;

    @Override
    public Integer call() throws Exception {
        Path in = input != null ? input : SharedData.data("news/kemik-42bin.jsonl").orElse(null);
        if (in == null || !Files.isRegularFile(in)) {
            System.err.println("kulis bench ingest: no input: give --data FILE (JSON Lines)");
            return 2;
        }
        Path work = Files.createTempDirectory("kulis-bench-ingest");
        Path slice = work.resolve("input.jsonl");
        long lines = copyHead(in, slice, articles);
        Path dir = keep != null ? keep : work.resolve("archive");
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipelines.standard();
        System.out.printf(Locale.ROOT, "input %s: %,d articles; %d threads; pipeline built in %.1f s%n", in, lines,
                threads, (System.nanoTime() - t0) / 1e9);
        IngestStats s;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            ProgressPrinter progress = new ProgressPrinter(System.err, System.console() != null);
            s = new Ingester(archive, pipeline, IngestOptions.defaults(dir).withThreads(threads)
                    .withCommitEvery(commitEvery), new IngestListener() {
                        @Override
                        public void progress(IngestStats p) {
                            progress.progress(p);
                        }
                    }).run(List.of(slice.toString()));
        }
        double cpuSecs = (os.getProcessCpuTime() - cpu0) / 1e9;
        double secs = s.elapsedNanos() / 1e9;
        double work2 = s.annotateNanos() + s.indexNanos();
        System.out.printf(Locale.ROOT, "ingest: %,d articles stored in %.1f s = %.1f articles/s, %,.0f words/s "
                        + "(%d quarantined)%n", s.added() + s.replaced(), secs, s.storedPerSecond(),
                s.words() / secs, s.quarantined());
        System.out.printf(Locale.ROOT, "worker time: annotate %.1f%%, link + index %.1f%%; commits %.1f s (%.1f%% of "
                        + "wall time)%n", 100 * s.annotateNanos() / work2, 100 * s.indexNanos() / work2,
                s.commitNanos() / 1e9, 100 * s.commitNanos() / 1e9 / secs);
        System.out.printf(Locale.ROOT, "per article: annotate %.2f ms, link + index %.2f ms (worker time)%n",
                s.annotateNanos() / 1e6 / Math.max(1, s.added() + s.replaced()),
                s.indexNanos() / 1e6 / Math.max(1, s.added() + s.replaced()));
        System.out.printf(Locale.ROOT, "CPU: %.1f s of process CPU time = %.1f articles per CPU-second (%d "
                        + "cores; machine load average %.1f at the end)%n", cpuSecs,
                (s.added() + s.replaced()) / cpuSecs, Runtime.getRuntime().availableProcessors(),
                os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "peak heap: %d MB (max %d MB); index size %.1f MB%n", s.peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, size(dir) / 1e6);
        if (keep == null) {
            delete(work);
        } else {
            Files.deleteIfExists(slice);
            Files.deleteIfExists(work);
        }
        return 0;
    }

    private static long copyHead(Path in, Path out, int n) throws IOException {
        long count = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null && count < n; line = r.readLine()) {
                if (!line.isBlank()) {
                    w.write(line);
                    w.write('\n');
                    count++;
                }
            }
        }
        return count;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
