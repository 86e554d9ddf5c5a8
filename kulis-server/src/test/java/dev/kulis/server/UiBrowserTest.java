package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the Playwright script {@code src/test/js/ui.test.mjs} in headless Chromium against a server over the test
 * archive (the fictional stories and the reference article). Skips where the browser, node or playwright-core is
 * missing ({@code .ci/run} installs them). The screenshots go to {@code target/ui/screenshot*.png} unless
 * {@code -Dkulis.screenshot=PATH} says otherwise ({@code docs/screenshot.png} refreshes the committed ones).
 */
class UiBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** The project's reference article, for the README's screenshot. */
    private static final Path SEED = Path.of("../samples/izmir-2019-01-soyer-kocaoglu.txt");

    @Test
    void searchArticleEntityAndGraphWorkInABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(NodeScripts.nodeRuns(), "no node on the PATH");
        assumeTrue(Files.isDirectory(NodeScripts.DIR.resolve("node_modules/playwright-core")),
                "playwright-core not installed (npm ci --prefix kulis-server/src/test/js)");
        Path shot = Path.of(System.getProperty("kulis.screenshot", "target/ui/screenshot.png")).toAbsolutePath();
        Files.createDirectories(shot.getParent());

        MemoryArchive archive = Fixtures.archive();
        archive.add(Fixtures.read(SEED));
        try (KulisServer server = KulisServer.create(archive, null, ServerConfig.local(0)).start()) {
            NodeScripts.Run run = NodeScripts.run(120, NodeScripts.DIR.resolve("ui.test.mjs").toString(),
                    server.uri().toString(), shot.toString());
            System.out.println(run.output());
            assertThat(run.finished()).as("the browser test finished in time:\n" + run.output()).isTrue();
            assertThat(run.exit()).as(run.output()).isZero();
            assertThat(run.output()).contains("ok - the quote names its speaker").doesNotContain("not ok");
            assertThat(shot).isNotEmptyFile();
        }
    }
}
