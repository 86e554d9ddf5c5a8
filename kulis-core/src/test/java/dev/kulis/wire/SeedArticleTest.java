package dev.kulis.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.eval.SharedData;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference article must yield exactly the {@code document} part of the gold file. */
class SeedArticleTest {
    private static String seed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("izmir-2019-01-soyer-kocaoglu.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedMatchesGoldDocument() throws IOException {
        Optional<Path> gold = SharedData.shared("gold/seed.gold.json");
        assumeTrue(gold.isPresent(), "shared gold file not available");
        JsonNode doc = new ObjectMapper().readTree(gold.get().toFile()).get("document");
        String text = seed();

        Article a = new WireParser().parse("izmir-2019-01-soyer-kocaoglu", text, null);
        Metadata m = a.metadata();

        assertThat(m.date()).isEqualTo(doc.get("date").asText());
        assertThat(m.datePrecision()).isEqualTo(doc.get("date_precision").asText());
        assertThat(m.byline()).isEqualTo(doc.get("byline").asText());
        assertThat(m.city()).isEqualTo(doc.get("dateline_city").asText());
        assertThat(m.agency()).isEqualTo(doc.get("agency").isNull() ? null : doc.get("agency").asText());
        assertThat(m.lead()).isEqualTo(doc.get("lead").asText());
        assertThat(m.subheadings()).containsExactlyElementsOf(strings(doc.get("subheadings")));
        assertThat(m.media()).containsExactlyElementsOf(strings(doc.get("media")));
        assertThat(m.mediaMarker()).isEqualTo(doc.get("media_marker").asText());
        assertThat(m.headline()).isNull();

        List<Paragraph> paragraphs = a.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.LEAD || p.kind() == ParagraphKind.BODY).toList();
        assertThat(paragraphs).hasSize(doc.get("paragraphs").asInt());
        assertThat(paragraphs.get(0).kind()).isEqualTo(ParagraphKind.LEAD);
        assertThat(paragraphs.subList(1, paragraphs.size())).allMatch(p -> p.kind() == ParagraphKind.BODY);
        assertThat(text.substring(paragraphs.get(0).start(), paragraphs.get(0).end())).isEqualTo(m.lead());

        List<Paragraph> subs = a.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.SUBHEADING).toList();
        assertThat(subs).hasSize(1);
        assertThat(text.substring(subs.get(0).start(), subs.get(0).end())).isEqualTo("SOYER: SİZE ÇOK İHTİYACIMIZ VAR");
        assertThat(a.paragraphs()).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
