package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Playwright script {@code src/test/js/ui.test.mjs} in headless Chromium against a server over the test
 * archive (the fictional stories and the reference article). Skips where the browser, node or playwright-core is missing ({@code .ci/run} installs them). The
 * screenshot goes to {@code target/ui/screenshot.png} unless {@code -Dkulis.screenshot=PATH} says otherwise.
 */
class UiBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCRIPTS = Path.of("src/test/js");
    /** The project's reference article, for the README's screenshot. */
    private static final Path SEED = Path.of("../samples/izmir-2019-01-soyer-kocaoglu.txt");

    @Test
    void searchArticleEntityAndGraphWorkInABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(nodeRuns(), "no node on the PATH");
        assumeTrue(Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")),
                "playwright-core not installed (npm ci --prefix kulis-server/src/test/js)");
        Path shot = Path.of(System.getProperty("kulis.screenshot", "target/ui/screenshot.png")).toAbsolutePath();
        Files.createDirectories(shot.getParent());

        MemoryArchive archive = Fixtures.archive();
        archive.add(Fixtures.read(SEED));
        try (KulisServer server = KulisServer.create(archive, null, ServerConfig.local(0)).start()) {
            Process node = new ProcessBuilder("node", SCRIPTS.resolve("ui.test.mjs").toString(),
                    server.uri().toString(), shot.toString()).redirectErrorStream(true).start();
            String output;
            boolean finished;
            try {
                finished = node.waitFor(120, TimeUnit.SECONDS);
            } finally {
                if (node.isAlive()) {
                    node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            System.out.println(output);
            assertThat(finished).as("the browser test finished in time:\n" + output).isTrue();
            assertThat(node.exitValue()).as(output).isZero();
            assertThat(output).contains("ok - the quote names its speaker");
            assertThat(shot).isNotEmptyFile();
        }
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
