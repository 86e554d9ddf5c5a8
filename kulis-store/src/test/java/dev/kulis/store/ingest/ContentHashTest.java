package dev.kulis.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    private static Article article(String id, String text, Metadata m) {
        return Article.read(id, text, m, List.of());
    }

    @Test
    void dependsOnIdTextAndMetadataButNotOnWhereItWasRead() {
        Metadata m = Metadata.empty().withCategory("spor");
        String h = ContentHash.of(article("a", "Metin.", m));
        assertThat(ContentHash.of(article("a", "Metin.", m.withSource("x.jsonl:3")))).isEqualTo(h);
        assertThat(ContentHash.of(article("b", "Metin.", m))).isNotEqualTo(h);
        assertThat(ContentHash.of(article("a", "Metin!", m))).isNotEqualTo(h);
        assertThat(ContentHash.of(article("a", "Metin.", m.withCategory("dunya")))).isNotEqualTo(h);
        assertThat(ContentHash.of(article("a", "Metin.", Metadata.empty()))).isNotEqualTo(h);
        assertThat(h).hasSize(32);
    }
}
