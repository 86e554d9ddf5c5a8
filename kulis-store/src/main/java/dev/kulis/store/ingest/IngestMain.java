package dev.kulis.store.ingest;

import dev.kulis.pipeline.Pipelines;
import dev.kulis.store.LuceneArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A bare ingest entry point without the CLI: {@code IngestMain ARCHIVE_DIR COMMIT_EVERY SOURCE…}. Used to run an
 * ingest in a child process (the crash test kills it); {@code kulis ingest} is the command for people.
 */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int commitEvery = Integer.parseInt(args[1]);
        List<String> sources = Arrays.asList(args).subList(2, args.length);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            IngestOptions options = IngestOptions.defaults(dir).withCommitEvery(commitEvery);
            new Ingester(archive, Pipelines.standard(), options, new ProgressPrinter(System.out, false))
                    .run(sources);
        }
    }
}
