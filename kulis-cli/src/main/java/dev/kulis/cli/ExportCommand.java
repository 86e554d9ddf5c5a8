package dev.kulis.cli;

import dev.kulis.store.LuceneArchive;
import dev.kulis.store.export.Exporter;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kulis export}: the archive's articles, entities, quotes or relations as JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the archive's articles, entities, quotes or relations as JSON Lines or CSV (UTF-8, a "
                + "header row).")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "kulis-data",
            description = "archive folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl | csv")
    Exporter.Format format;

    @Option(names = "--what", paramLabel = "WHAT", defaultValue = "articles",
            description = "articles | entities | quotes | relations (default: ${DEFAULT-VALUE})")
    Exporter.What what;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of stdout")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(
                    output == null ? System.out : Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16);
            try {
                long n = new Exporter(archive).export(what, format, out);
                System.err.printf("kulis: exported %,d %s%n", n, what.name().toLowerCase());
            } finally {
                out.flush();
                if (output != null) {
                    out.close(); // standard output stays open
                }
            }
        }
        return 0;
    }
}
