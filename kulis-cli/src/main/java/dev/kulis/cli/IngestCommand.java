package dev.kulis.cli;

import dev.kulis.pipeline.Pipelines;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.ingest.IngestOptions;
import dev.kulis.store.ingest.IngestStats;
import dev.kulis.store.ingest.Ingester;
import dev.kulis.store.ingest.ProgressPrinter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kulis ingest}: annotate articles and store them in the embedded archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Annotate wire text, .txt folders, JSON Lines or HTML and store every article in the archive "
                + "folder (a Lucene index and a registry snapshot).",
                "Idempotent: an article already stored with the same id and content is skipped without being "
                        + "annotated; a changed one is replaced. Progress goes to stderr; 'committed N' means N "
                        + "articles are durable (a killed ingest resumes after them). Exit status 3 when anything "
                        + "was quarantined."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "files, folders or - (standard input)")
    List<String> sources;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "kulis-data",
            description = "archive folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "annotation threads (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
            description = "commit after this many stored articles (and at least every 10 s; default: "
                    + "${DEFAULT-VALUE})")
    int commitEvery;

    @Option(names = "--quarantine", paramLabel = "DIR",
            description = "where unreadable items go, with reasons.tsv (default: DIR/quarantine)")
    Path quarantine;

    @Override
    public Integer call() throws Exception {
        IngestOptions options = IngestOptions.defaults(data).withThreads(threads).withCommitEvery(commitEvery);
        if (quarantine != null) {
            options = options.withQuarantine(quarantine);
        }
        IngestStats stats;
        try (LuceneArchive archive = LuceneArchive.open(data)) {
            stats = new Ingester(archive, Pipelines.standard(), options,
                    new ProgressPrinter(System.err, System.console() != null)).run(sources);
        }
        if (stats.quarantined() > 0) {
            System.err.println("kulis: reasons in " + options.quarantine().resolve("reasons.tsv"));
            return Kulis.EXIT_QUARANTINED;
        }
        return 0;
    }
}
