package dev.kulis.store.ingest;

import dev.kulis.read.Rejected;

/** Hears how an ingest goes. Calls come from several threads, one at a time. */
public interface IngestListener {
    /** About once a second. */
    default void progress(IngestStats stats) {
    }

    /** Everything counted in {@code stats.committed()} is durable. */
    default void committed(IngestStats stats) {
    }

    default void quarantined(Rejected rejected) {
    }

    default void finished(IngestStats stats) {
    }
}
