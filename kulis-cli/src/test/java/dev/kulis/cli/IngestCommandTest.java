package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Kulis.commandLine().execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void ingestsSearchesAndExports() throws IOException {
        String data = tmp.resolve("data").toString();
        String samples = AnnotateCommandTest.root().resolve("samples").toString();
        Run first = run("ingest", "--data", data, "--threads", "2", samples);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("committed").contains("new");
        Run again = run("ingest", "--data", data, samples);
        assertThat(again.err()).contains("0 new").contains("0 replaced");

        Run search = run("search", "--data", data, "kocaoglu");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("izmir-2019-01-soyer-kocaoglu").contains("[Kocaoğlu");

        Run json = run("search", "--data", data, "--json", "--facet", "person=Tunç Soyer", "Kocaoğlu'na");
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.get("total").asLong()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("snippet").asText()).contains("<mark>");
        assertThat(r.get("facets").get("person").toString()).contains("Tunç Soyer");

        Run bad = run("search", "--data", data, "--facet", "colour=red", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown facet");

        Path quotes = tmp.resolve("quotes.csv");
        Run export = run("export", "--data", data, "--format", "csv", "--what", "quotes", "-o", quotes.toString());
        assertThat(export.exit()).isZero();
        List<String> lines = Files.readAllLines(quotes, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("article,date,headline,kind,speaker_id,speaker,cue,start,end,text");
        assertThat(String.join("\n", lines)).contains("\"Size çok ihtiyacımız var\"").doesNotContain("\"\"\"\"");

        Run articles = run("export", "--data", data, "--what", "articles");
        String[] rows = articles.out().split("\n");
        assertThat(rows.length).isGreaterThan(5);
        for (String row : rows) {
            JsonNode a = new ObjectMapper().readTree(row);
            assertThat(a.get("id").asText()).isNotBlank();
            assertThat(a.has("registry_ids")).isTrue();
        }
        Run relations = run("export", "--data", data, "--what", "relations", "--format", "jsonl");
        assertThat(relations.out()).contains("\"type\":\"spouse\"");
    }
}
