package dev.kulis.cli;

import dev.kulis.server.ArticleSink;
import dev.kulis.store.LuceneArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The HTTP API's writer over a {@link LuceneArchive}: stores each posted article (an unchanged re-post is skipped
 * by its hash) and commits, so what a POST reported stored survives a crash. For {@code kulis serve}:
 * {@code new ServeCommand.OpenArchive(archive, new IngestSink(archive))}.
 */
public final class IngestSink implements ArticleSink {
    private final LuceneArchive archive;

    public IngestSink(LuceneArchive archive) {
        this.archive = archive;
    }

    @Override
    public void ingest(List<Posted> articles) throws IOException {
        try {
            for (Posted p : articles) {
                archive.store(p.read(), p.annotated());
            }
            archive.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
