package dev.kulis.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.store.Fixtures;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.index.Fields;
import dev.kulis.store.search.QuoteRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed with SIGKILL loses nothing it reported committed, and the next ingest completes it. */
class CrashResumeTest {
    private static final int ARTICLES = 400;
    private static final Pattern COMMITTED = Pattern.compile("kulis: committed (\\d+)");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void killedIngestResumesWithoutLossOrDuplicates() throws Exception {
        Path news = GeneratedNews.write(dir.resolve("news.jsonl"), ARTICLES);
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                IngestMain.class.getName(), store.toString(), "10", news.toString())
                .redirectErrorStream(true).start();
        long reported = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                Matcher m = COMMITTED.matcher(line);
                if (m.find()) {
                    reported = Long.parseLong(m.group(1));
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                    break;
                }
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(reported).as("child output: %s", output).isPositive();
        assertThat(child.isAlive()).isFalse();

        try (LuceneArchive archive = LuceneArchive.open(store)) {
            IngestStats resumed = new Ingester(archive, Fixtures.pipeline(),
                    IngestOptions.defaults(store).withThreads(2), new IngestListener() {
                    }).run(List.of(news.toString()));
            assertThat(resumed.unchanged()).as("committed articles are not annotated again")
                    .isGreaterThanOrEqualTo(reported);
            assertThat(resumed.added()).as("the kill came before the end").isPositive();
            assertThat(resumed.unchanged() + resumed.added()).isEqualTo(ARTICLES);
            assertThat(resumed.replaced()).isZero();

            List<String> ids = new ArrayList<>();
            archive.forEachArticle(d -> ids.add(d.get(Fields.ARTICLE_ID)));
            Set<String> distinct = new HashSet<>(ids);
            assertThat(ids).hasSize(ARTICLES);
            assertThat(distinct).hasSize(ARTICLES);
            assertThat(archive.size()).isEqualTo(ARTICLES);
            long[] quotesInJson = {0};
            archive.forEachArticle(d -> quotesInJson[0] += countQuotes(d.get(Fields.JSON)));
            assertThat(archive.quotes(new QuoteRequest("", "", 1, 0)).total()).isEqualTo(quotesInJson[0]);
        }
    }

    private static long countQuotes(String json) {
        return dev.kulis.store.index.StoredArticles.parse(json).quotes().size();
    }
}
