package dev.kulis.store.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Metadata;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.wire.WireParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fictional wire stories through the full pipeline, then the registry: what an ingest sees. */
class EntityRegistryPipelineTest {
    private static final String[][] STORIES = {
        {"minister-lisbon", """
            Dışişleri Bakanı Kerem Yalçınkaya, Lizbon'da mevkidaşı ile görüştü

            Dışişleri Bakanı Kerem Yalçınkaya'nın Lizbon ziyareti sırasında Cumhuriyet Halk Partisi Genel \
            Başkanı Nihat Oruçoğlu da kentteydi. Yalçınkaya, "İki ülke arasındaki ilişkiler güçlenecek" dedi. \
            Kerem bey daha sonra AK Parti heyetiyle bir araya geldi.
            """},
        {"footballer-injury", """
            Bornova Gençlikspor'un golcüsü Emre Yalçınkaya sakatlandı

            Bornova Gençlikspor forveti Emre Yalçınkaya, Manisa'daki antrenmanda sakatlandı. Kulübün teknik \
            direktörü Selin Akbulut, Yalçınkaya'nın iki hafta forma giyemeyeceğini söyledi. Kulüp Başkanı Tarık \
            Ilgaz da oyuncuyu hastanede ziyaret etti.
            """},
        {"minister-reply", """
            Yalçınkaya Ankara'da açıklama yaptı

            Dışişleri Bakanı Yalçınkaya, CHP lideri Oruçoğlu'nun eleştirilerine yanıt verdi. Yalçınkaya'ya \
            göre eleştiriler haksızdı.
            """},
        {"footballer-back", """
            Yalçınkaya sahalara döndü

            Bornova Gençlikspor'da sevindiren gelişme. Teknik direktör Selin Akbulut, Yalçınkaya'nın cumartesi \
            günkü maçta forma giyeceğini açıkladı. Kulüp Başkanı Tarık Ilgaz, takımın moralinin yüksek olduğunu \
            belirtti.
            """},
        {"writer-fair", """
            Yalçınkaya kitap fuarında

            Yazar Yalçınkaya, Eskişehir'deki kitap fuarında okurlarıyla buluştu. Fuar pazar akşamına kadar açık \
            kalacak.
            """},
        {"minister-caps", """
            KEREM YALÇINKAYA'DAN AÇIKLAMA

            Dışişleri Bakanı Kerem Yalçınkaya'ya Cumhuriyet Halk Partisi'nden yanıt geldi. Adalet ve Kalkınma \
            Partisi ise bakanın yanında durdu.
            """},
    };

    private static final List<Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void annotate() {
        Pipeline pipeline = Pipelines.standard();
        for (String[] s : STORIES) {
            ARTICLES.add(pipeline.annotate(new WireParser().parse(s[0], s[1], Metadata.empty())));
        }
    }

    private static String idOf(EntityRegistry r, Article a, String name) {
        List<String> ids = r.resolve(a);
        for (int i = 0; i < ids.size(); i++) {
            if (a.entities().get(i).name().equals(name)) {
                return ids.get(i);
            }
        }
        throw new AssertionError(name + " not among " + a.entities().stream().map(Entity::name).toList());
    }

    @Test
    void twoYalcinkayasStayApartAndEachShortFormGoesWhereTheEvidenceIs() {
        EntityRegistry r = new EntityRegistry();
        assertThat(idOf(r, ARTICLES.get(0), "Kerem Yalçınkaya")).isEqualTo("per:kerem-yalcinkaya");
        assertThat(idOf(r, ARTICLES.get(1), "Emre Yalçınkaya")).isEqualTo("per:emre-yalcinkaya");
        // "Dışişleri Bakanı Yalçınkaya": the office names the minister
        assertThat(idOf(r, ARTICLES.get(2), "Yalçınkaya")).isEqualTo("per:kerem-yalcinkaya");
        // the club, its coach and its chairman name the footballer
        assertThat(idOf(r, ARTICLES.get(3), "Yalçınkaya")).isEqualTo("per:emre-yalcinkaya");
        // a writer with nothing in common with either stays a surname of its own
        assertThat(idOf(r, ARTICLES.get(4), "Yalçınkaya")).isEqualTo("per:yalcinkaya");
        assertThat(idOf(r, ARTICLES.get(5), "Kerem Yalçınkaya")).isEqualTo("per:kerem-yalcinkaya");
    }

    @Test
    void partiesMergeWhicheverNameTheArticleUsed() {
        EntityRegistry r = new EntityRegistry();
        assertThat(idOf(r, ARTICLES.get(0), "CHP")).isEqualTo("org:cumhuriyet-halk-partisi");
        assertThat(idOf(r, ARTICLES.get(2), "CHP")).isEqualTo("org:cumhuriyet-halk-partisi");
        assertThat(idOf(r, ARTICLES.get(0), "AK Parti")).isEqualTo("org:adalet-ve-kalkinma-partisi");
        List<String> caps = r.resolve(ARTICLES.get(5));
        assertThat(caps).contains("org:cumhuriyet-halk-partisi", "org:adalet-ve-kalkinma-partisi");
    }

    @Test
    void concurrentIngestGivesFullNamesTheSameIdsAsASequentialOne() throws Exception {
        EntityRegistry sequential = new EntityRegistry();
        List<List<String>> expected = new ArrayList<>();
        for (Article a : ARTICLES) {
            expected.add(sequential.resolve(a));
        }
        EntityRegistry shared = new EntityRegistry();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> got = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (Article a : ARTICLES) {
                    got.add(pool.submit(() -> shared.resolve(a)));
                }
            }
            for (int i = 0; i < got.size(); i++) {
                Article a = ARTICLES.get(i % ARTICLES.size());
                List<String> ids = got.get(i).get();
                List<String> want = expected.get(i % ARTICLES.size());
                assertThat(ids).hasSameSizeAs(want);
                for (int e = 0; e < ids.size(); e++) {
                    if (a.entities().get(e).name().contains(" ") && want.get(e) != null) {
                        assertThat(ids.get(e)).isEqualTo(want.get(e));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // 3 of the stories name him in each of 50 rounds; in the first round the other thread may resolve the
        // short-form reply before the full name is known (a short form's id depends on what was known then)
        assertThat(shared.summary("per:kerem-yalcinkaya").orElseThrow().articles()).isBetween(149L, 150L);
        assertThat(shared.size()).isBetween(sequential.size(), sequential.size() + 3);
    }
}
