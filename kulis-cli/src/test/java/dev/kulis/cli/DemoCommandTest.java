package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.cluster.StoryCluster;
import dev.kulis.store.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kulis demo --no-serve}: the bundled sample archive is ingested and reads as a linked archive. */
class DemoCommandTest {
    @TempDir
    Path tmp;

    private static long total(String data, String query) throws IOException {
        return new ObjectMapper().readTree(CliRun.of("search", "--data", data, "--json", query).out()).get("total")
                .asLong();
    }

    @Test
    void ingestsTheSamplesIntoALinkedArchive() throws IOException {
        String data = tmp.resolve("data").toString();
        String samples = AnnotateCommandTest.root().resolve("samples").toString();
        CliRun demo = CliRun.of("demo", "--no-serve", "--data", data, "--samples", samples);
        assertThat(demo.exit()).as(demo.err()).isZero();

        // the same candidate in five stories, found by an ASCII-typed, suffixed name
        JsonNode r = new ObjectMapper().readTree(CliRun.of("search", "--data", data, "--json", "ozan tekinin").out());
        assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(5);
        // typed without Turkish letters and apostrophe, the index's own forms decide where the suffix starts
        assertThat(total(data, "aydogduyu")).isEqualTo(total(data, "Aydoğdu"));
        assertThat(total(data, "secimlerde")).isEqualTo(total(data, "seçim"));

        try (LuceneArchive archive = LuceneArchive.openReadOnly(Path.of(data))) {
            // a republished, retitled copy joins the story it copies (the cluster is named after whichever copy the
            // two ingest threads stored first)
            String clusterId = archive.search(SearchRequest.of("Eryılmaz", 20)).hits().stream()
                    .filter(h -> h.id().equals("30-dk-aday-vali-ziyareti")).findFirst().orElseThrow().cluster();
            StoryCluster cluster = archive.cluster(clusterId).orElseThrow();
            assertThat(cluster.articles()).extracting(a -> a.id()).contains("30-dk-aday-vali-ziyareti",
                    "31-dk-aday-vali-ziyareti-kopya");
            // the article JSON links each entity to the archive-wide registry
            JsonNode article = new ObjectMapper().readTree(archive.articleJson("38-dk-secim-sonucu").orElseThrow());
            assertThat(article.get("entities").findValuesAsText("archive_id")).contains("per:ozan-tekin");
            assertThat(archive.entities("Aydoğdu", 5)).extracting(e -> e.name()).contains("Selin Aydoğdu");
        }

        CliRun missing = CliRun.of("demo", "--no-serve", "--data", data, "--samples", tmp.resolve("none").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no sample folder");
    }
}
