package dev.kulis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.eval.SharedData;
import dev.kulis.model.Article;
import dev.kulis.model.Quote;
import dev.kulis.text.TurkishCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference article's eleven gold quotes, matched as the scorer matches them (spans overlapping by half
 * of the shorter), each with its speaker, and Kocaoğlu the addressee of quote 2. Skipped without the shared
 * seed.
 */
class SeedQuotesTest {
    @Test
    void allGoldQuotesWithTheirSpeakers() throws IOException {
        Optional<Path> seed = SharedData.shared("seed/izmir-2019-01-soyer-kocaoglu.txt");
        Optional<Path> gold = SharedData.shared("gold/seed.gold.json");
        assumeTrue(seed.isPresent() && gold.isPresent(), "no shared seed");
        String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
        Article a = Annotated.story("izmir-2019-01-soyer-kocaoglu", text);
        JsonNode g = new ObjectMapper().readTree(gold.get().toFile());
        Map<String, String> names = new HashMap<>();
        for (JsonNode e : g.get("entities")) {
            names.put(e.get("id").asText(), e.get("name").asText());
        }
        JsonNode quotes = g.get("quotes");
        assertThat(quotes).hasSize(11);
        for (JsonNode gq : quotes) {
            String needle = gq.has("text") ? gq.get("text").asText() : gq.get("starts").asText();
            int s = text.indexOf(needle);
            int e = gq.has("text") ? s + needle.length()
                    : text.indexOf(gq.get("ends").asText(), s) + gq.get("ends").asText().length();
            assertThat(s).as("gold quote %s in the text", gq.get("n")).isGreaterThanOrEqualTo(0);
            Quote hit = a.quotes().stream().filter(q -> overlap(s, e, q.start(), q.end()) >= 0.5).findFirst()
                    .orElseThrow(() -> new AssertionError("gold quote " + gq.get("n") + " not found: " + needle));
            assertThat(hit.kind()).as("quote %s kind", gq.get("n"))
                    .isEqualTo(gq.get("kind").asText());
            String surname = last(names.get(gq.get("speaker").asText()));
            assertThat(hit.speaker()).as("quote %s speaker", gq.get("n")).isNotNull();
            assertThat(TurkishCase.lower(hit.speaker().name())).as("quote %s speaker", gq.get("n")).contains(surname);
            if (gq.has("addressee") && !gq.path("addressee_optional").asBoolean()) {
                assertThat(hit.addressee()).as("quote %s addressee", gq.get("n")).isNotNull();
                assertThat(TurkishCase.lower(hit.addressee().name()))
                        .isEqualTo(TurkishCase.lower(names.get(gq.get("addressee").asText())));
            }
        }
    }

    private static String last(String name) {
        String[] words = TurkishCase.lower(name).split("\\s+");
        return words[words.length - 1];
    }

    private static double overlap(int s1, int e1, int s2, int e2) {
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        return inter / (double) Math.max(1, Math.min(e1 - s1, e2 - s2));
    }
}
