package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kulis ingest}, {@code search} and {@code export} end to end on the bundled samples (fictional stories). */
class IngestCommandTest {
    @TempDir
    Path tmp;

    @Test
    void ingestsSearchesAndExports() throws IOException {
        String data = tmp.resolve("data").toString();
        String samples = AnnotateCommandTest.root().resolve("samples").toString();
        CliRun first = CliRun.of("ingest", "--data", data, "--threads", "2", samples);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("committed").contains("new");
        CliRun again = CliRun.of("ingest", "--data", data, samples);
        assertThat(again.err()).contains("0 new").contains("0 replaced");

        CliRun search = CliRun.of("search", "--data", data, "kocaoglu");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("izmir-2019-01-soyer-kocaoglu").contains("[Kocaoğlu");

        CliRun json = CliRun.of("search", "--data", data, "--json", "--facet", "person=Tunç Soyer", "Kocaoğlu'na");
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.get("total").asLong()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("snippet").asText()).contains("<mark>");
        assertThat(r.get("facets").get("person").toString()).contains("Tunç Soyer");

        CliRun bad = CliRun.of("search", "--data", data, "--facet", "colour=red", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown facet");

        Path quotes = tmp.resolve("quotes.csv");
        CliRun export = CliRun.of("export", "--data", data, "--format", "csv", "--what", "quotes", "-o", quotes.toString());
        assertThat(export.exit()).isZero();
        List<String> lines = Files.readAllLines(quotes, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("article,date,headline,kind,speaker_id,speaker,cue,start,end,text");
        assertThat(String.join("\n", lines)).contains("\"Size çok ihtiyacımız var\"").doesNotContain("\"\"\"\"");

        CliRun articles = CliRun.of("export", "--data", data, "--what", "articles");
        String[] rows = articles.out().split("\n");
        assertThat(rows.length).isGreaterThan(5);
        for (String row : rows) {
            JsonNode a = new ObjectMapper().readTree(row);
            assertThat(a.get("id").asText()).isNotBlank();
            assertThat(a.has("registry_ids")).isTrue();
        }
        CliRun relations = CliRun.of("export", "--data", data, "--what", "relations", "--format", "jsonl");
        assertThat(relations.out()).contains("\"type\":\"spouse\"");
    }
}
