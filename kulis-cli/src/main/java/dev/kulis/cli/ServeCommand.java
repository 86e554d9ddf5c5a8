package dev.kulis.cli;

import dev.kulis.server.ArticleSink;
import dev.kulis.server.KulisServer;
import dev.kulis.server.ServerConfig;
import dev.kulis.store.Archive;
import dev.kulis.store.LuceneArchive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kulis serve}: the HTTP JSON API and the web UI over the archive in {@code --data}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the archive: the JSON API under /api (described at /api/openapi.json) and the web UI "
                + "at /.",
                "Binds 127.0.0.1 unless told otherwise; any other address needs a token, which every POST must then "
                        + "carry as 'Authorization: Bearer <token>'. Stops on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "kulis-data",
            description = "the archive folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7700", description = "default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
            description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, needs --token)")
    String host;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:KULIS_TOKEN}",
            description = "bearer token for writes (default: the KULIS_TOKEN environment variable)")
    String token;

    @Option(names = "--read-only", description = "refuse POST /api/articles")
    boolean readOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the server reads from and, unless read-only, writes to. */
    record OpenArchive(Archive archive, ArticleSink sink) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token, ServerConfig.DEFAULT_MAX_BODY, ServerConfig.DEFAULT_MAX_QUERY);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        OpenArchive opened;
        try {
            opened = open(data, readOnly);
        } catch (IOException e) {
            System.err.println("kulis: cannot open the archive: " + e.getMessage());
            return 1;
        }
        KulisServer server;
        try {
            server = KulisServer.create(opened.archive(), opened.sink(), config).start();
        } catch (RuntimeException e) { // the port is taken, the address is not ours, …
            System.err.println("kulis: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            opened.archive().close();
            return 1;
        }
        System.err.printf("kulis: serving %d article(s) from %s at %s%n", opened.archive().size(), data, server.uri());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                opened.archive().close();
            } catch (IOException e) {
                System.err.println("kulis: closing the archive failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "kulis-serve-stop"));
        stopped.await();
        return 0;
    }

    /**
     * The archive under {@code dir} and, unless read-only, its writer (null sink: read-only): the one place that
     * names the store's implementation. Read-only opens the last commit without the write lock, so a server can
     * run beside an ingest into the same folder.
     */
    static OpenArchive open(Path dir, boolean readOnly) throws IOException {
        if (readOnly) {
            return new OpenArchive(LuceneArchive.openReadOnly(dir), null);
        }
        LuceneArchive archive = LuceneArchive.open(dir);
        return new OpenArchive(archive, new IngestSink(archive));
    }
}
