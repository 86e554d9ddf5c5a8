package dev.kulis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.eval.SharedData;
import dev.kulis.model.Article;
import dev.kulis.model.TimeExpression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference article's time expressions as its gold lists them (all but the header's document date, which
 * the wire reader owns); skipped when the shared seed is absent.
 */
class SeedTimesTest {
    @Test
    void seedExpressionsMatchTheGold() throws IOException {
        Optional<Path> seed = SharedData.shared("seed/izmir-2019-01-soyer-kocaoglu.txt");
        Optional<Path> gold = SharedData.shared("gold/seed.gold.json");
        assumeTrue(seed.isPresent() && gold.isPresent(), "no shared seed");
        String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
        Article a = new TimeAnnotator().annotate(Articles.of(text, "2019-01", "month"));

        List<String> expected = new ArrayList<>();
        for (JsonNode t : new ObjectMapper().readTree(gold.get().toFile()).get("time_expressions")) {
            if (!t.get("kind").asText().equals("document_date")) {
                expected.add(t.get("text").asText() + " | " + t.get("kind").asText() + " | " + t.get("value").asText());
            }
        }
        List<String> produced = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            produced.add(t.text() + " | " + t.kind() + " | " + t.value());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(expected).hasSize(6);
        assertThat(produced).containsExactlyElementsOf(expected);
    }
}
