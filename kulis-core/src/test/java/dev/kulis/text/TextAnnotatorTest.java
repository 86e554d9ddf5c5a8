package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnnotatorTest {
    private final TextAnnotator annotator = new TextAnnotator();

    private static List<String> sentences(Article a) {
        return a.sentences().stream().map(a::covered).toList();
    }

    @Test
    void sentencesNeverCrossAParagraphAndTextOutsideParagraphsIsSkipped() {
        String text = "Umut Deniz/YEŞİLOVA, (KHA) -\nVali Kaya geldi. Sonra\nkonuştu.";
        int body = text.indexOf("Vali");
        int second = text.indexOf("konuştu");
        ParagraphKind kind = ParagraphKind.BODY;
        Article a = Article.read("a1", text, Metadata.empty(),
                List.of(new Paragraph(body, second - 1, kind), new Paragraph(second, text.length(), kind)));
        Article out = annotator.annotate(a);
        assertThat(sentences(out)).containsExactly("Vali Kaya geldi.", "Sonra", "konuştu.");
        assertThat(out.tokens()).extracting(Token::text).doesNotContain("Umut");
        for (Sentence s : out.sentences()) {
            assertThat(out.tokens().get(s.firstToken()).start()).isEqualTo(s.start());
        }
    }

    @Test
    void withoutParagraphsEachLineIsARegion() {
        String text = "ANKARA (KHA) - Kaya'nın ekibi\n\n2. Madde kabul edildi. Oylama bitti.";
        Article out = annotator.annotate(Article.read("a2", text, Metadata.empty(), List.of()));
        assertThat(sentences(out)).containsExactly("ANKARA (KHA) - Kaya'nın ekibi", "2. Madde kabul edildi.",
                "Oylama bitti.");
        assertThat(out.tokens()).allSatisfy(t -> assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end())));
        assertThat(annotator.name()).isEqualTo("text");
    }
}
