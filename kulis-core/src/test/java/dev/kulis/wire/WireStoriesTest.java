package dev.kulis.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fictional wire story in {@code stories/} is parsed to the metadata in the {@code .expected.json}
 * beside it: one story per header variant (date forms, byline forms, agencies, subheadings, media markers,
 * captions, the plain news layout).
 */
class WireStoriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireParser parser = new WireParser();

    static Stream<String> stories() throws IOException, URISyntaxException {
        Path dir = Path.of(WireStoriesTest.class.getResource("stories").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(20);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("stories")
    void storyYieldsExpectedMetadata(String name) throws IOException {
        String text = resource(name + ".txt");
        JsonNode e = JSON.readTree(resource(name + ".expected.json"));

        Article a = parser.parse(name, text, null);
        Metadata m = a.metadata();

        assertThat(m.date()).as("date").isEqualTo(str(e, "date"));
        assertThat(m.datePrecision()).as("date precision").isEqualTo(str(e, "date_precision"));
        assertThat(m.byline()).as("byline").isEqualTo(str(e, "byline"));
        assertThat(m.city()).as("city").isEqualTo(str(e, "city"));
        assertThat(m.agency()).as("agency").isEqualTo(str(e, "agency"));
        assertThat(m.headline()).as("headline").isEqualTo(str(e, "headline"));
        assertThat(m.lead()).as("lead").isEqualTo(str(e, "lead"));
        assertThat(m.subheadings()).as("subheadings").containsExactlyElementsOf(list(e, "subheadings"));
        assertThat(m.media()).as("media").containsExactlyElementsOf(list(e, "media"));
        assertThat(m.mediaMarker()).as("media marker").isEqualTo(str(e, "media_marker"));

        assertThat(count(a, ParagraphKind.LEAD) + count(a, ParagraphKind.BODY)).as("paragraphs")
                .isEqualTo(e.get("paragraphs").asInt());
        assertThat(count(a, ParagraphKind.CAPTION)).as("captions").isEqualTo(e.get("captions").asInt());
        assertThat(count(a, ParagraphKind.SUBHEADING)).as("subheading blocks").isEqualTo(m.subheadings().size());
        assertThat(count(a, ParagraphKind.HEADLINE)).as("headline blocks").isEqualTo(m.headline() == null ? 0 : 1);
        for (Paragraph p : a.paragraphs()) {
            String block = text.substring(p.start(), p.end());
            assertThat(block).as("blocks are trimmed").isEqualTo(block.strip()).isNotEmpty();
            if (p.kind() == ParagraphKind.LEAD) {
                assertThat(block).isEqualTo(m.lead());
            }
            if (p.kind() == ParagraphKind.HEADLINE) {
                assertThat(block).isEqualTo(m.headline());
            }
        }
        assertThat(a.paragraphs()).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
    }

    private static long count(Article a, ParagraphKind kind) {
        return a.paragraphs().stream().filter(p -> p.kind() == kind).count();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WireStoriesTest.class.getResourceAsStream("stories/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String str(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode e, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = e.get(field);
        if (v != null) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
