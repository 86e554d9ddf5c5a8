package dev.kulis.store.registry;

import static dev.kulis.store.registry.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kulis.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's merging rules on hand-built articles with fictional names. */
class EntityRegistryTest {
    private static final Article MINISTER = article("m1")
            .person("Kerem Yalçınkaya").place("Lizbon").org("CHP", "Cumhuriyet Halk Partisi")
            .person("Nihat Oruçoğlu").org("Lizbon Ticaret Odası")
            .role("Kerem Yalçınkaya", "Dışişleri Bakanı", null)
            .role("Nihat Oruçoğlu", "Genel Başkanı", "CHP").build();
    private static final Article FOOTBALLER = article("f1")
            .person("Emre Yalçınkaya").org("Karşıyakaspor").person("Selin Akbulut").place("Karşıyaka").build();

    @Test
    void idsAreReadableFoldedAndInArticleOrder() {
        EntityRegistry r = new EntityRegistry();
        Article a = article("a").person("Kerem Yalçınkaya'nın").date("dün").place("İzmir")
                .org("Cumhuriyet Halk Partisi", "CHP").person("Şule IŞIK").build();
        assertThat(r.resolve(a)).containsExactly("per:kerem-yalcinkaya", null, "loc:izmir",
                "org:cumhuriyet-halk-partisi", "per:sule-isik");
    }

    @Test
    void samePersonAcrossArticlesInAnyForm() {
        EntityRegistry r = new EntityRegistry();
        String first = r.resolve(article("a").person("Kerem Yalçınkaya").build()).get(0);
        assertThat(r.resolve(article("b").person("KEREM YALÇINKAYA'YA").build())).containsExactly(first);
        assertThat(r.resolve(article("c").person("Kerem Yalçınkaya bey").build())).containsExactly(first);
        assertThat(r.resolve(article("d").person("Kerem Yalcinkaya").build())).containsExactly(first);
        assertThat(r.summary(first)).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("Kerem Yalçınkaya");
            assertThat(s.type()).isEqualTo("PERSON");
            assertThat(s.articles()).isEqualTo(4);
        });
    }

    @Test
    void surnameJoinsTheFullNameWithTheSameOffice() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(MINISTER);
        r.resolve(FOOTBALLER);
        Article later = article("m2").person("Yalçınkaya").place("Ankara")
                .role("Yalçınkaya", "Dışişleri Bakanı", null).build();
        assertThat(r.resolve(later)).startsWith("per:kerem-yalcinkaya");
        assertThat(r.summary("per:kerem-yalcinkaya").orElseThrow().aliases()).contains("Yalçınkaya");
    }

    @Test
    void surnameJoinsTheFullNameWithTheSameParty() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(MINISTER);
        Article later = article("m2").person("Oruçoğlu").org("Cumhuriyet Halk Partisi")
                .role("Oruçoğlu", "Genel Başkan", "Cumhuriyet Halk Partisi").build();
        assertThat(r.resolve(later).get(0)).isEqualTo("per:nihat-orucoglu");
    }

    @Test
    void surnameJoinsTheFullNameWithStrongCoMentions() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(MINISTER);
        r.resolve(FOOTBALLER);
        Article match = article("f2").person("Yalçınkaya").org("Karşıyakaspor").person("Selin Akbulut").build();
        assertThat(r.resolve(match).get(0)).isEqualTo("per:emre-yalcinkaya");
    }

    @Test
    void surnameWithoutEvidenceStaysItsOwnEntity() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(MINISTER);
        // the only Oruçoğlu known, but nothing in this article ties the two together
        assertThat(r.resolve(article("x").person("Oruçoğlu").place("Van").build()).get(0))
                .isEqualTo("per:orucoglu");
        // one shared co-mention is not enough either
        assertThat(r.resolve(article("y").person("Oruçoğlu").place("Lizbon").build()).get(0))
                .isEqualTo("per:orucoglu");
        assertThat(r.summary("per:nihat-orucoglu").orElseThrow().aliases()).isEmpty();
    }

    @Test
    void peopleSharingASurnameAreKeptApart() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(MINISTER);
        r.resolve(FOOTBALLER);
        assertThat(r.resolve(article("m3").person("Yalçınkaya").build()).get(0)).isEqualTo("per:yalcinkaya");
        // a footballer article naming the minister's office for "Yalçınkaya" does not reach the footballer
        Article office = article("m4").person("Yalçınkaya").org("Karşıyakaspor").person("Selin Akbulut")
                .role("Yalçınkaya", "Dışişleri Bakanı", null).build();
        assertThat(r.resolve(office).get(0)).isEqualTo("per:kerem-yalcinkaya");
        assertThat(r.summary("per:emre-yalcinkaya").orElseThrow().aliases()).isEmpty();
    }

    @Test
    void aSurnameThatNamesAKnownPlaceNeedsARole() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(article("a").person("Nazlı Sinop").person("Selin Akbulut").org("Karşıyakaspor")
                .role("Nazlı Sinop", "Kulüp Başkanı", null).build());
        r.resolve(article("b").place("Sinop").place("Samsun").build());
        // the tagger read the city as a person: co-mentions alone do not make it the club chairwoman
        Article city = article("c").person("Sinop").person("Selin Akbulut").org("Karşıyakaspor").build();
        assertThat(r.resolve(city).get(0)).isEqualTo("per:sinop");
        Article chair = article("d").person("Sinop").role("Sinop", "Kulüp Başkanı", null).build();
        assertThat(r.resolve(chair).get(0)).isEqualTo("per:nazli-sinop");
    }

    @Test
    void ambiguousEvidenceKeepsTheShortForm() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(article("a").person("Kerem Yalçınkaya").person("Selin Akbulut").place("Bodrum")
                .org("Karşıyakaspor").build());
        r.resolve(article("b").person("Emre Yalçınkaya").person("Selin Akbulut").place("Bodrum")
                .org("Karşıyakaspor").build());
        Article both = article("c").person("Yalçınkaya").person("Selin Akbulut").org("Karşıyakaspor").build();
        assertThat(r.resolve(both).get(0)).isEqualTo("per:yalcinkaya");
    }

    @Test
    void firstNameWithHonorificNeedsEvidenceToo() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(MINISTER);
        assertThat(r.resolve(article("a").person("Kerem bey").build()).get(0)).isEqualTo("per:kerem");
        Article withFriends = article("b").person("Kerem bey").person("Nihat Oruçoğlu")
                .org("Lizbon Ticaret Odası").build();
        assertThat(r.resolve(withFriends).get(0)).isEqualTo("per:kerem-yalcinkaya");
    }

    @Test
    void aBareTitleHintsAtTheCompoundOfficeButDoesNotDecideAlone() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(article("a").person("Orhan Dikmen").place("Kars").person("Leyla Tan")
                .role("Orhan Dikmen", "Kars Valisi", null).build());
        assertThat(r.resolve(article("b").person("Dikmen").role("Dikmen", "Vali", null).build()).get(0))
                .isEqualTo("per:dikmen");
        assertThat(r.resolve(article("c").person("Dikmen").person("Leyla Tan").role("Dikmen", "Vali", null)
                .build()).get(0)).isEqualTo("per:orhan-dikmen");
        // the same compound office, in another inflection, is evidence on its own
        assertThat(r.resolve(article("d").person("Dikmen").role("Dikmen", "Kars Valisi'nin", null).build()).get(0))
                .isEqualTo("per:orhan-dikmen");
    }

    @Test
    void officesCompareWithoutThePossessive() {
        assertThat(ArticleView.sameOffice("kars-valisi", "kars-vali")).isTrue();
        assertThat(ArticleView.sameOffice("teknik-direktoru", "teknik-direktor")).isTrue();
        assertThat(ArticleView.sameOffice("hukumet-sozcusu", "hukumet-sozcu")).isTrue();
        assertThat(ArticleView.sameOffice("basbakan", "baskan")).isFalse();
        assertThat(ArticleView.sameOffice("kars-valisi", "van-valisi")).isFalse();
        assertThat(ArticleView.headOf("abd-baskani", "baskan")).isTrue();
        assertThat(ArticleView.headOf("kars-valisi", "vali")).isTrue();
        assertThat(ArticleView.headOf("kars-valisi", "van-vali")).isFalse();
        assertThat(ArticleView.headOf("baskan", "baskan")).isFalse();
    }

    @Test
    void aCandidateMustLeadClearlyOnCoMentions() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(article("a").person("Kerem Yalçınkaya").person("Selin Akbulut").place("Bodrum")
                .org("Karşıyakaspor").person("Tarık Ilgaz").build());
        r.resolve(article("b").person("Emre Yalçınkaya").person("Selin Akbulut").place("Datça").build());
        // three in common against one: clear enough
        Article three = article("c").person("Yalçınkaya").person("Selin Akbulut").place("Bodrum")
                .org("Karşıyakaspor").person("Tarık Ilgaz").build();
        assertThat(r.resolve(three).get(0)).isEqualTo("per:kerem-yalcinkaya");
        // two against one: not
        EntityRegistry s = new EntityRegistry();
        s.resolve(article("a").person("Kerem Yalçınkaya").person("Selin Akbulut").place("Bodrum").build());
        s.resolve(article("b").person("Emre Yalçınkaya").person("Selin Akbulut").place("Datça").build());
        Article two = article("c").person("Yalçınkaya").person("Selin Akbulut").place("Bodrum").build();
        assertThat(s.resolve(two).get(0)).isEqualTo("per:yalcinkaya");
    }

    @Test
    void aPartialNameJoinsTheLongerOneOnlyWithEvidence() {
        EntityRegistry r = new EntityRegistry();
        r.resolve(article("a").person("Ali Rıza Tekinalp").place("Sinop").role("Ali Rıza Tekinalp", "Sinop Valisi",
                null).build());
        assertThat(r.resolve(article("b").person("Rıza Tekinalp").place("Van").build()).get(0))
                .isEqualTo("per:riza-tekinalp");
        // both forms in one article (the tagger kept them apart): the same man
        assertThat(r.resolve(article("c").person("Ali Rıza Tekinalp").person("Ali Tekinalp").build()))
                .containsExactly("per:ali-riza-tekinalp", "per:ali-riza-tekinalp");
        // the known partial form keeps its own id, as ids never move
        assertThat(r.resolve(article("d").person("Rıza Tekinalp").person("Ali Rıza Tekinalp").build()))
                .containsExactly("per:riza-tekinalp", "per:ali-riza-tekinalp");
    }

    @Test
    void organisationsMergeAcronymAndFullNameThroughTheLexicon() {
        EntityRegistry r = new EntityRegistry();
        String chp = r.resolve(article("a").org("CHP").build()).get(0);
        assertThat(chp).isEqualTo("org:cumhuriyet-halk-partisi");
        assertThat(r.resolve(article("b").org("Cumhuriyet Halk Partisi'nin").build())).containsExactly(chp);
        assertThat(r.resolve(article("c").org("AK Parti").build())).containsExactly("org:adalet-ve-kalkinma-partisi");
        assertThat(r.resolve(article("d").org("AKP").build())).containsExactly("org:adalet-ve-kalkinma-partisi");
        assertThat(r.summary(chp).orElseThrow().aliases()).contains("CHP");
    }

    @Test
    void organisationsOutsideTheLexiconMergeByTheAliasesAnArticleGave() {
        EntityRegistry r = new EntityRegistry();
        String first = r.resolve(article("a").org("KTSO").build()).get(0);
        assertThat(first).isEqualTo("org:ktso");
        assertThat(r.resolve(article("b").org("Kuzey Tekstil Sanayicileri Odası", "KTSO").build()))
                .containsExactly(first);
        assertThat(r.resolve(article("c").org("Kuzey Tekstil Sanayicileri Odası'na").build()))
                .containsExactly(first);
        assertThat(r.summary(first).orElseThrow().name()).isEqualTo("Kuzey Tekstil Sanayicileri Odası");
        // a person and a place of the same name are different entities
        assertThat(r.resolve(article("d").place("Ktso").build())).containsExactly("loc:ktso");
    }

    @Test
    void aFreshRegistryFedTheSameArticlesGivesTheSameIds() {
        List<Article> archive = archive();
        assertThat(resolveAll(new EntityRegistry(), archive)).isEqualTo(resolveAll(new EntityRegistry(), archive));
    }

    @Test
    void snapshotRoundTripKeepsIdsSummariesAndEvidence() throws IOException {
        List<Article> archive = archive();
        EntityRegistry r = new EntityRegistry();
        resolveAll(r, archive.subList(0, 4));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(out);
        EntityRegistry copy = EntityRegistry.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(copy.size()).isEqualTo(r.size());
        for (String id : List.of("per:kerem-yalcinkaya", "org:cumhuriyet-halk-partisi", "per:emre-yalcinkaya")) {
            assertThat(copy.summary(id)).isEqualTo(r.summary(id));
        }
        assertThat(copy.find("yalcinkaya", 5)).isEqualTo(r.find("yalcinkaya", 5));
        // the copy continues exactly as the original would
        assertThat(resolveAll(copy, archive.subList(4, archive.size())))
                .isEqualTo(resolveAll(r, archive.subList(4, archive.size())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        copy.write(again);
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        r.write(original);
        assertThat(again.toByteArray()).isEqualTo(original.toByteArray());
    }

    @Test
    void readRejectsWhatIsNotASnapshot() {
        assertThatThrownBy(() -> EntityRegistry.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void learningTheStoredIdsRebuildsTheSameState() {
        List<Article> archive = archive();
        EntityRegistry r = new EntityRegistry();
        List<List<String>> ids = resolveAll(r, archive.subList(0, 4));
        EntityRegistry rebuilt = new EntityRegistry();
        for (int i = 0; i < ids.size(); i++) {
            rebuilt.learn(archive.get(i), ids.get(i));
        }
        assertThat(rebuilt.size()).isEqualTo(r.size());
        assertThat(rebuilt.summary("per:kerem-yalcinkaya")).isEqualTo(r.summary("per:kerem-yalcinkaya"));
        assertThat(resolveAll(rebuilt, archive.subList(4, archive.size())))
                .isEqualTo(resolveAll(r, archive.subList(4, archive.size())));
        assertThatThrownBy(() -> rebuilt.learn(archive.get(0), List.of("per:x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void learningOutOfOrderStillNamesThePersonInFull() {
        List<Article> archive = archive();
        EntityRegistry r = new EntityRegistry();
        List<List<String>> ids = resolveAll(r, archive);
        EntityRegistry rebuilt = new EntityRegistry();
        for (int i = archive.size() - 1; i >= 0; i--) { // "Yalçınkaya" of m2 comes before "Kerem Yalçınkaya"
            rebuilt.learn(archive.get(i), ids.get(i));
        }
        assertThat(rebuilt.summary("per:kerem-yalcinkaya").orElseThrow().name()).isEqualTo("Kerem Yalçınkaya");
        assertThat(rebuilt.summary("per:kerem-yalcinkaya").orElseThrow().aliases()).containsExactly("Yalçınkaya");
        assertThat(rebuilt.size()).isEqualTo(r.size());
    }

    @Test
    void findsByAnyTypedForm() {
        EntityRegistry r = new EntityRegistry();
        resolveAll(r, archive());
        for (String typed : List.of("Yalçınkaya", "yalcinkaya", "Yalçınkaya'nın", "YALÇINKAYA", "Kerem Yalçınkaya",
                "kerem yalcinkaya", "yalcinkayanin")) {
            assertThat(r.find(typed, 10)).as(typed).contains("per:kerem-yalcinkaya");
        }
        assertThat(r.find("Kerem Yalçınkaya", 10).get(0)).isEqualTo("per:kerem-yalcinkaya");
        // the minister is named in more articles than the footballer and the unresolved surname
        assertThat(r.find("yalçınkaya", 10)).startsWith("per:kerem-yalcinkaya")
                .contains("per:emre-yalcinkaya", "per:yalcinkaya");
        assertThat(r.find("chp", 3)).containsExactly("org:cumhuriyet-halk-partisi");
        r.resolve(article("g").org("AK Parti").build());
        assertThat(r.find("AKP'nin", 3)).containsExactly("org:adalet-ve-kalkinma-partisi");
        assertThat(r.find("ak parti", 3)).containsExactly("org:adalet-ve-kalkinma-partisi");
        assertThat(r.find("Kerem bey", 3)).contains("per:kerem-yalcinkaya");
        assertThat(r.find("  ", 3)).isEmpty();
        assertThat(r.find("Cumhuriyet Halk Partisi'ne", 3)).containsExactly("org:cumhuriyet-halk-partisi");
        assertThat(r.find("lizbon", 10)).first().isEqualTo("loc:lizbon");
        assertThat(r.find("Zeynepoğlu", 10)).isEmpty();
        assertThat(r.find("yalcinkaya", 1)).hasSize(1);
    }

    /** Six articles over two Yalçınkayas, a party leader, a club and two cities. */
    static List<Article> archive() {
        return List.of(MINISTER, FOOTBALLER,
                article("m2").person("Yalçınkaya").place("Ankara").role("Yalçınkaya", "Dışişleri Bakanı", null)
                        .org("CHP").person("Oruçoğlu").build(),
                article("f2").person("Yalçınkaya").org("Karşıyakaspor").person("Selin Akbulut").build(),
                article("m3").person("Kerem Yalçınkaya'ya").place("Lizbon").person("Nihat Oruçoğlu").build(),
                article("m4").person("Yalçınkaya").build());
    }

    static List<List<String>> resolveAll(EntityRegistry r, List<Article> articles) {
        List<List<String>> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(r.resolve(a));
        }
        return out;
    }
}
