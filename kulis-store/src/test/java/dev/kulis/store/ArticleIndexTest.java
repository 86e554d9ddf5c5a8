package dev.kulis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir
    Path dir;

    static Article article(String id, String text) {
        return Article.read(id, text, Metadata.empty(), List.of());
    }

    static Article withHeadline(String id, String headline, String text) {
        Metadata m = new Metadata(null, null, null, null, null, headline, null, List.of(), List.of(), null, null, null,
                null);
        return Article.read(id, text, m, List.of());
    }

    private static final Article SECIM = article("a1",
            "Yerel seçimlerde yeni dönem\nBelediye Başkanı Ayhan Kocaoğlu'nun açıklaması meclisi şaşırttı.");
    private static final Article KILIC = withHeadline("a2", "Kılıçdaroğlu Bursa'da konuştu",
            "Genel Başkan Kılıçdaroğlu, kentteki mitingde ekonomi üzerine uzun bir konuşma yaptı.");
    private static final Article LIMAN = article("a3",
            "Liman projesi için kent meclisi toplandı. Ekonomi politikası ertesi gün tartışıldı.");

    private static List<String> ids(List<ArticleHit> hits) {
        return hits.stream().map(ArticleHit::id).toList();
    }

    @Test
    void findsArticlesByLemmaFoldedFormAndPhrase() throws IOException {
        try (ArticleIndex index = new ArticleIndex(dir)) {
            index.add(SECIM);
            index.add(KILIC);
            index.add(LIMAN);
            index.commit();

            // lemma: "seçim" matches "seçimlerde"; "Kocaoğluna" matches "Kocaoğlu'nun"
            assertThat(ids(index.search("seçim", 10))).containsExactly("a1");
            assertThat(ids(index.search("Kocaoğluna", 10))).containsExactly("a1");
            // folded: typed without Turkish letters
            assertThat(ids(index.search("kilicdaroglu", 10))).containsExactly("a2");
            // phrase: the words in order, next to each other
            assertThat(ids(index.search("\"kent meclisi\"", 10))).containsExactly("a3");
            assertThat(ids(index.search("\"meclisi kent\"", 10))).isEmpty();
            assertThat(ids(index.search("ekonomi", 10))).containsExactlyInAnyOrder("a2", "a3");
            // all words are required
            assertThat(ids(index.search("ekonomi liman", 10))).containsExactly("a3");
            assertThat(index.search("meclis", 10)).hasSize(2);
        }
    }

    @Test
    void hitsCarryIdHeadlineAndScoreBestFirst() throws IOException {
        try (ArticleIndex index = new ArticleIndex(dir)) {
            index.add(SECIM);
            index.add(KILIC);
            List<ArticleHit> hits = index.search("Kılıçdaroğlu", 5);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).headline()).isEqualTo("Kılıçdaroğlu Bursa'da konuştu");
            assertThat(hits.get(0).score()).isPositive();
            assertThat(index.search("Kocaoğlu", 5).get(0).headline()).isEqualTo("Yerel seçimlerde yeni dönem");
        }
    }

    @Test
    void surfaceMatchOutranksLemmaOnlyMatch() throws IOException {
        try (ArticleIndex index = new ArticleIndex(dir)) {
            index.add(article("exact", "Muhtarlar seçimlerde sandık başına gitti."));
            index.add(article("lemma", "Muhtarlar seçimin ardından sandık başına gitti."));
            List<ArticleHit> hits = index.search("seçimlerde", 10);
            assertThat(ids(hits)).containsExactly("exact", "lemma");
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void addingAnArticleAgainReplacesItAndSurvivesReopening() throws IOException {
        try (ArticleIndex index = new ArticleIndex(dir)) {
            index.add(SECIM);
            index.add(SECIM);
            index.commit();
            index.add(article("a1", "Düzeltilmiş haber: liman ihalesi ertelendi."));
            index.commit();
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.search("seçim", 10)).isEmpty();
            assertThat(ids(index.search("ihale", 10))).containsExactly("a1");
        }
        try (ArticleIndex reopened = new ArticleIndex(dir)) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(ids(reopened.search("ertelenmek OR ihale", 10))).containsExactly("a1");
        }
    }

    @Test
    void rejectsUnparsableQueries() throws IOException {
        try (ArticleIndex index = new ArticleIndex(dir)) {
            assertThatThrownBy(() -> index.search("\"açık tırnak", 10)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
