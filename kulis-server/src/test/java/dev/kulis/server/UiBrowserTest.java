package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kulis.model.Article;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.ingest.ContentHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Playwright script {@code src/test/js/ui.test.mjs} in headless Chromium against a server over a real
 * {@link LuceneArchive} of the test stories (fictional) and the reference article. Skips where the browser, node or playwright-core is
 * missing ({@code .ci/run} installs them). The screenshots go to {@code target/ui/screenshot*.png} unless
 * {@code -Dkulis.screenshot=PATH} says otherwise ({@code docs/screenshot.png} refreshes the committed ones).
 */
class UiBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** The project's reference article, for the README's screenshot. */
    private static final Path SEED = Path.of("../samples/izmir-2019-01-soyer-kocaoglu.txt");

    @TempDir
    Path dir;

    /** Skips without the browser tools, unless the run requires them ({@code KULIS_REQUIRE_BROWSER=1}, as CI does). */
    private static void need(boolean present, String what) {
        if ("1".equals(System.getenv("KULIS_REQUIRE_BROWSER"))) {
            assertThat(present).as(what + " (KULIS_REQUIRE_BROWSER=1)").isTrue();
        }
        assumeTrue(present, what);
    }

    @Test
    void searchArticleEntityAndGraphWorkInABrowser() throws Exception {
        need(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        need(NodeScripts.nodeRuns(), "no node on the PATH");
        need(Files.isDirectory(NodeScripts.DIR.resolve("node_modules/playwright-core")),
                "playwright-core not installed (npm ci --prefix kulis-server/src/test/js)");
        Path shot = Path.of(System.getProperty("kulis.screenshot", "target/ui/screenshot.png")).toAbsolutePath();
        Files.createDirectories(shot.getParent());

        // the real store, as `kulis serve` opens it
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            List<Article> articles = new ArrayList<>(Fixtures.articles());
            articles.addAll(Fixtures.read(SEED));
            for (Article a : articles) {
                archive.put(archive.link(a, ContentHash.of(a)));
            }
            archive.commit();
            serve(archive, shot);
        }
    }

    private static void serve(LuceneArchive archive, Path shot) throws Exception {
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
