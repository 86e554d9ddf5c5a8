package dev.kulis.store.ingest;

/**
 * Where an ingest stands.
 *
 * @param total        items expected (-1 when unknown)
 * @param read         articles read
 * @param added        new articles stored
 * @param replaced     articles stored over an earlier, different version
 * @param unchanged    articles skipped because the archive holds them already, unchanged (not annotated)
 * @param quarantined  items that could not be read or annotated
 * @param committed    articles stored (added + replaced) that are durable
 * @param words        words annotated
 * @param annotateNanos time spent annotating, summed over workers
 * @param indexNanos   time spent linking and indexing, summed over workers
 * @param commitNanos  time spent committing
 * @param elapsedNanos wall time
 * @param peakHeap     highest heap use seen, bytes
 */
public record IngestStats(long total, long read, long added, long replaced, long unchanged, long quarantined,
                          long committed, long words, long annotateNanos, long indexNanos, long commitNanos,
                          long elapsedNanos, long peakHeap) {

    /** Items handled so far (stored, skipped or quarantined). */
    public long done() {
        return added + replaced + unchanged + quarantined;
    }

    /** Items handled per second of wall time. */
    public double perSecond() {
        return elapsedNanos == 0 ? 0 : done() * 1e9 / elapsedNanos;
    }

    /** Stored (annotated + indexed) articles per second of wall time. */
    public double storedPerSecond() {
        return elapsedNanos == 0 ? 0 : (added + replaced) * 1e9 / elapsedNanos;
    }
}
