package dev.kulis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis demo}: the README's main job — ingest the bundled sample archive (the reference article and the
 * fictional wire stories in {@code samples/}) and serve it on localhost. It is {@code kulis ingest} followed by
 * {@code kulis serve}, so a second run skips the unchanged articles and starts at once.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled samples into the archive folder and serve it: the web UI at "
                + "http://127.0.0.1:PORT/ and the JSON API under /api. Stops on Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "kulis-data",
            description = "archive folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "what to ingest (default: ${DEFAULT-VALUE})")
    Path samples;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7700", description = "default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--no-serve", description = "ingest only")
    boolean noServe;

    @Override
    public Integer call() {
        if (!Files.isDirectory(samples)) {
            System.err.println("kulis: no sample folder at " + samples.toAbsolutePath()
                    + " (run from the project root or give --samples DIR)");
            return 2;
        }
        int ingested = Kulis.commandLine().execute("ingest", "--data", data.toString(), samples.toString());
        if (ingested != 0 && ingested != Kulis.EXIT_QUARANTINED) {
            return ingested;
        }
        if (noServe) {
            return ingested;
        }
        System.err.println("kulis: open http://127.0.0.1:" + port + "/ (the API is under /api)");
        return Kulis.commandLine().execute("serve", "--data", data.toString(), "--port", String.valueOf(port));
    }
}
