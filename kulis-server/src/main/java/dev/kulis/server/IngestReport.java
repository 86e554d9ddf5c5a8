package dev.kulis.server;

import java.util.List;

/**
 * What {@code POST /api/articles} did.
 *
 * @param ids      the articles stored (annotated), in the order read
 * @param rejected the items that could not be read or annotated, with why
 */
public record IngestReport(int ingested, List<String> ids, List<Rejection> rejected) {
    public IngestReport {
        ids = List.copyOf(ids);
        rejected = List.copyOf(rejected);
    }

    public record Rejection(String source, String reason) {
    }
}
