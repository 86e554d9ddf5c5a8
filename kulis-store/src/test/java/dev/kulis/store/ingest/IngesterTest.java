package dev.kulis.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.store.Fixtures;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path dir;

    private IngestStats ingest(Path archiveDir, List<String> sources, List<String> events) throws IOException {
        try (LuceneArchive archive = LuceneArchive.open(archiveDir)) {
            IngestListener listener = new IngestListener() {
                @Override
                public void committed(IngestStats s) {
                    events.add("committed " + s.committed());
                }
            };
            return new Ingester(archive, Fixtures.pipeline(),
                    IngestOptions.defaults(archiveDir).withThreads(2).withCommitEvery(10), listener).run(sources);
        }
    }

    @Test
    void ingestsOnceThenSkipsUnchangedAndReplacesChanged() throws IOException {
        Path news = GeneratedNews.write(dir.resolve("news.jsonl"), 30);
        Path store = dir.resolve("store");
        List<String> events = new ArrayList<>();
        IngestStats first = ingest(store, List.of(news.toString()), events);
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.read()).isEqualTo(30);
        assertThat(first.added()).isEqualTo(30);
        assertThat(first.committed()).isEqualTo(30);
        assertThat(events).isNotEmpty().last().isEqualTo("committed 30");

        List<String> lines = new ArrayList<>(Files.readAllLines(news, StandardCharsets.UTF_8));
        lines.set(4, lines.get(4).replace("bütçe", "kaynak"));
        lines.add("{\"id\": \"broken\", \"text\": 12}");
        Files.write(news, lines, StandardCharsets.UTF_8);
        IngestStats second = ingest(store, List.of(news.toString()), new ArrayList<>());
        assertThat(second.unchanged()).isEqualTo(29);
        assertThat(second.replaced()).isEqualTo(1);
        assertThat(second.added()).isZero();
        assertThat(second.quarantined()).isEqualTo(1);
        assertThat(Files.readString(store.resolve("quarantine").resolve("reasons.tsv"))).contains("text");

        try (LuceneArchive archive = LuceneArchive.openReadOnly(store)) {
            assertThat(archive.size()).isEqualTo(30);
            assertThat(archive.search(SearchRequest.of("kaynak", 10)).hits()).extracting(h -> h.id())
                    .containsExactly("gen-4");
        }
    }

    @Test
    void aRepeatedArticleInOneInputIsStoredOnce() throws IOException {
        Path news = GeneratedNews.write(dir.resolve("news.jsonl"), 5);
        List<String> lines = new ArrayList<>(Files.readAllLines(news, StandardCharsets.UTF_8));
        lines.add(lines.get(0));
        Files.write(news, lines, StandardCharsets.UTF_8);
        IngestStats s = ingest(dir.resolve("store"), List.of(news.toString()), new ArrayList<>());
        assertThat(s.added()).isEqualTo(5);
        assertThat(s.unchanged()).isEqualTo(1);
    }

    @Test
    void progressLinesAndSummaryReadWell() {
        IngestStats s = new IngestStats(100, 50, 40, 0, 10, 0, 40, 5000, 8_000_000_000L, 2_000_000_000L, 0,
                10_000_000_000L, 512L << 20);
        assertThat(ProgressPrinter.bar(s)).startsWith("[###############               ]  50% ")
                .contains("50/100 articles, 5/s, ETA 0:00:10, committed 40");
        assertThat(ProgressPrinter.summary(s)).contains("40 new").contains("10 unchanged").contains("annotate 80%")
                .contains("peak heap 512 MB");
    }
}
