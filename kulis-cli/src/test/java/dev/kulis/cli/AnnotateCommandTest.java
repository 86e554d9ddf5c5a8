package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kulis.eval.SharedData;
import dev.kulis.json.ArticleJson;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kulis annotate} end to end: the seed's document reading, and a batch with bad items in it. */
class AnnotateCommandTest {
    @TempDir
    Path tmp;

    static Path root() {
        return Path.of(System.getProperty("kulis.root", ".."));
    }

    private List<JsonNode> annotate(int expectedExit, String... inputs) throws IOException {
        Path out = tmp.resolve("out.jsonl");
        List<String> args = new ArrayList<>(List.of("annotate", "-o", out.toString(), "--quarantine",
                tmp.resolve("q").toString()));
        args.addAll(List.of(inputs));
        int exit = Kulis.commandLine().execute(args.toArray(String[]::new));
        assertThat(exit).isEqualTo(expectedExit);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            rows.add(ArticleJson.mapper().readTree(line));
        }
        return rows;
    }

    @Test
    void seedYieldsTheGoldDocumentReading() throws IOException {
        Path seed = root().resolve("samples/izmir-2019-01-soyer-kocaoglu.txt");
        List<JsonNode> rows = annotate(0, seed.toString());
        assertThat(rows).hasSize(1);
        JsonNode a = rows.get(0);
        JsonNode md = a.get("metadata");
        assertThat(md.get("date").asText()).isEqualTo("2019-01");
        assertThat(md.get("byline").asText()).isEqualTo("Umut Karakoyun");
        assertThat(md.get("city").asText()).isEqualTo("İzmir");
        assertThat(md.get("agency").isNull()).isTrue();
        assertThat(md.get("subheadings").get(0).asText()).isEqualTo("SOYER: SİZE ÇOK İHTİYACIMIZ VAR");
        assertThat(md.get("media").get(0).asText()).isEqualTo("photo");
        // the lead plus five body paragraphs; subheading and media marker are not paragraphs
        long paragraphs = 0;
        for (JsonNode p : a.get("paragraphs")) {
            String kind = p.get("kind").asText();
            if (kind.equals("LEAD") || kind.equals("BODY")) {
                paragraphs++;
            }
        }
        assertThat(paragraphs).isEqualTo(6);
        for (String field : List.of("entities", "quotes", "roles", "relations", "events", "times")) {
            assertThat(a.get(field).isArray()).as(field).isTrue();
        }
        assertThat(a.get("sentences").size()).isGreaterThan(15);
        // every sentence is a span of the text
        String text = a.get("text").asText();
        for (JsonNode s : a.get("sentences")) {
            assertThat(s.get("end").asInt()).isGreaterThan(s.get("start").asInt()).isLessThanOrEqualTo(
                    text.length());
        }
        Optional<Path> gold = SharedData.shared("gold/seed.gold.json");
        if (gold.isPresent()) {
            JsonNode g = ArticleJson.mapper().readTree(gold.get().toFile()).get("document");
            assertThat(md.get("lead").asText()).isEqualTo(g.get("lead").asText());
            assertThat(paragraphs).isEqualTo(g.get("paragraphs").asLong());
        }
    }

    @Test
    void badItemsAreQuarantinedAndTheBatchGoesOn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a-good.txt"),
                "Kuzeyova'da yeni köprü açıldı\nBelediye Başkanı Rıza Tepeli, köprünün açılışını yaptı.\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xFF, 0, 0, 7, 8, 0, 0});
        Files.writeString(dir.resolve("d-lines.jsonl"),
                "{\"id\":\"ok-1\",\"text\":\"Sarıpınar'da hasat başladı.\"}\n{\"id\":\"bad\",\"text\":\"yarım\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("e-cp1254.txt"),
                "Çamlıdere'de kış\nKöylüler şöyle dedi: \"Işıklar yandı.\"\n".getBytes(Charset.forName("windows-1254")));
        List<JsonNode> rows = annotate(Kulis.EXIT_QUARANTINED, dir.toString());
        List<String> ids = rows.stream().map(r -> r.get("id").asText()).toList();
        assertThat(ids).contains("ok-1").hasSize(3);
        assertThat(rows.stream().map(r -> r.get("text").asText()))
                .anySatisfy(t -> assertThat(t).contains("Çamlıdere'de", "Işıklar"));
        List<String> reasons = Files.readAllLines(tmp.resolve("q/reasons.tsv"), StandardCharsets.UTF_8);
        assertThat(String.join("\n", reasons)).contains("b-empty", "c-binary", "d-lines");
    }

    @Test
    void readsStandardInputWhenNoFileIsGiven() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "ANKARA (AA) - Yeşilköy Muhtarı Selim Karadut, yolun açıldığını söyledi.\n"
                            .getBytes(StandardCharsets.UTF_8)));
            List<JsonNode> rows = annotate(0);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("metadata").get("agency").asText()).isEqualTo("AA");
            assertThat(rows.get(0).get("metadata").get("city").asText()).isEqualTo("Ankara");
        } finally {
            System.setIn(saved);
        }
    }
}
