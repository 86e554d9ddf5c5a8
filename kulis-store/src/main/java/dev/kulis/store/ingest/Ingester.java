package dev.kulis.store.ingest;

import dev.kulis.model.Article;
import dev.kulis.pipeline.Annotator;
import dev.kulis.read.ArticleSources;
import dev.kulis.read.Quarantine;
import dev.kulis.read.ReadSink;
import dev.kulis.read.Rejected;
import dev.kulis.store.LuceneArchive;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads sources into an archive: each article read is hashed and skipped when the archive holds it unchanged
 * (without annotating it); the others are annotated, linked and indexed by {@code threads} workers, each doing
 * all three steps for its article, so every core annotates and indexes. A commit follows every
 * {@code commitEvery} stored articles or {@code commitInterval}, and only then does the listener hear "committed":
 * a crash loses nothing reported committed, and the next ingest skips it. Unreadable or unannotatable items go to
 * the quarantine with their reason; the batch goes on.
 */
public final class Ingester {
    private final LuceneArchive archive;
    private final Annotator annotator;
    private final IngestOptions options;
    private final IngestListener listener;
    private final Quarantine quarantine;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong replaced = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong words = new AtomicLong();
    private final AtomicLong annotateNanos = new AtomicLong();
    private final AtomicLong indexNanos = new AtomicLong();
    private final AtomicLong commitNanos = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();
    private volatile long committed;
    private volatile boolean ticking = true;
    private volatile long lastCommitNanos;
    private long total = -1;
    private long start;
    /** Hashes of articles submitted in this run, so a repeated id in the input is skipped or replaces. */
    private final Map<String, String> submitted = new ConcurrentHashMap<>();

    public Ingester(LuceneArchive archive, Annotator annotator, IngestOptions options, IngestListener listener) {
        this.archive = archive;
        this.annotator = annotator;
        this.options = options;
        this.listener = listener;
        this.quarantine = new Quarantine(options.quarantine());
    }

    /** Ingests every source in order and commits; returns the final figures. */
    public IngestStats run(List<String> sources) {
        total = SourceCount.of(sources);
        start = System.nanoTime();
        lastCommitNanos = start;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "kulis-ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore window = new Semaphore(options.threads() * 4);
        Thread ticker = new Thread(this::tick, "kulis-ingest-commit");
        ticker.setDaemon(true);
        ticker.start();
        try {
            ReadSink sink = new ReadSink() {
                @Override
                public void article(Article a) {
                    read.incrementAndGet();
                    String hash = ContentHash.of(a);
                    String before = submitted.put(a.id(), hash);
                    if (before == null) {
                        before = archive.storedHash(a.id()).orElse(null);
                    }
                    if (hash.equals(before)) {
                        unchanged.incrementAndGet();
                        return;
                    }
                    boolean replacing = before != null;
                    window.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            store(a, hash, replacing);
                        } finally {
                            window.release();
                        }
                    });
                }

                @Override
                public void rejected(Rejected r) {
                    reject(r);
                }
            };
            ArticleSources readers = new ArticleSources();
            for (String s : sources) {
                readers.readAll(s, sink);
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the workers to finish what was read
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            ticking = false; // not interrupt(): an interrupted NIO write closes the index files under the writer
            try {
                ticker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        commitNow();
        IngestStats last = stats();
        listener.finished(last);
        return last;
    }

    private void store(Article a, String hash, boolean replacing) {
        Article annotated;
        long t0 = System.nanoTime();
        try {
            annotated = annotator.annotate(a);
        } catch (RuntimeException | StackOverflowError e) {
            submitted.remove(a.id());
            reject(new Rejected(a.metadata().source() == null ? a.id() : a.metadata().source(),
                    "annotation failed: " + e, a.text().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        long t1 = System.nanoTime();
        try {
            archive.put(archive.link(annotated, hash));
        } catch (RuntimeException e) {
            submitted.remove(a.id());
            reject(new Rejected(a.metadata().source() == null ? a.id() : a.metadata().source(),
                    "indexing failed: " + e, a.text().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        long t2 = System.nanoTime();
        annotateNanos.addAndGet(t1 - t0);
        indexNanos.addAndGet(t2 - t1);
        words.addAndGet(annotated.tokens().size());
        (replacing ? replaced : added).incrementAndGet();
        stored.incrementAndGet();
    }

    private void reject(Rejected r) {
        quarantine.put(r);
        quarantined.incrementAndGet();
        listener.quarantined(r);
    }

    /** Commits when enough was stored or enough time passed; reports progress about once a second. */
    private void tick() {
        long lastProgress = 0;
        long intervalNanos = options.commitInterval().toNanos();
        while (ticking) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            sampleHeap();
            long now = System.nanoTime();
            long pending = stored.get() - committed;
            if (pending >= options.commitEvery() || (pending > 0 && now - lastCommitNanos >= intervalNanos)) {
                commitNow();
            }
            if (now - lastProgress >= 1_000_000_000L) {
                lastProgress = now;
                listener.progress(stats());
            }
        }
    }

    private synchronized void commitNow() {
        long n = stored.get(); // every article counted here was put before the commit starts
        if (n == committed && committed > 0) {
            return;
        }
        long t0 = System.nanoTime();
        archive.commit();
        long t1 = System.nanoTime();
        commitNanos.addAndGet(t1 - t0);
        lastCommitNanos = t1;
        boolean news = n > committed;
        committed = n;
        if (news) {
            listener.committed(stats());
        }
    }

    private void sampleHeap() {
        long used = memory.getHeapMemoryUsage().getUsed();
        peakHeap.accumulateAndGet(used, Math::max);
    }

    public IngestStats stats() {
        sampleHeap();
        return new IngestStats(total, read.get(), added.get(), replaced.get(), unchanged.get(), quarantined.get(),
                committed, words.get(), annotateNanos.get(), indexNanos.get(), commitNanos.get(),
                System.nanoTime() - start, peakHeap.get());
    }
}
