package dev.kulis.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the UI's node scripts in {@code src/test/js} for the tests, output captured, time bounded. */
final class NodeScripts {
    static final Path DIR = Path.of("src/test/js");

    private NodeScripts() {
    }

    /** @param finished false when the script ran out of time (it is then killed) */
    record Run(boolean finished, int exit, String output) {
    }

    static boolean nodeRuns() {
        try {
            return run(20, "--version").exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Run run(long seconds, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(args));
        // Output goes to a file, so a chatty script can never block on a full pipe while we wait.
        Path log = Files.createTempFile("kulis-node", ".log");
        Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = false;
        try {
            finished = node.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (node.isAlive()) {
                node.destroyForcibly();
                try {
                    node.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(finished, finished ? node.exitValue() : -1, output);
    }
}
