package dev.kulis.store.ingest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param threads        annotation (and indexing) workers
 * @param commitEvery    commit after this many stored articles
 * @param commitInterval or after this much time with anything uncommitted
 * @param quarantine     folder for unreadable items and their reasons
 */
public record IngestOptions(int threads, int commitEvery, Duration commitInterval, Path quarantine) {
    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commit-every must be at least 1: " + commitEvery);
        }
    }

    public static IngestOptions defaults(Path archive) {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 1000, Duration.ofSeconds(10),
                archive.resolve("quarantine"));
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, commitEvery, commitInterval, quarantine);
    }

    public IngestOptions withCommitEvery(int n) {
        return new IngestOptions(threads, n, commitInterval, quarantine);
    }

    public IngestOptions withQuarantine(Path q) {
        return new IngestOptions(threads, commitEvery, commitInterval, q);
    }
}
