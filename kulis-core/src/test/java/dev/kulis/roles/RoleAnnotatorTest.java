package dev.kulis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Relation;
import dev.kulis.model.Role;
import org.junit.jupiter.api.Test;

/** Roles and relations on a story written for the test (fictional people, parties and places). */
class RoleAnnotatorTest {
    private static Role role(Article a, String person) {
        return a.roles().stream().filter(r -> r.person().name().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no role for " + person + " among " + a.roles()));
    }

    private static boolean has(Article a, String type, String x, String y) {
        return a.relations().stream().anyMatch(r -> r.type().equals(type) && r.a().name().equals(x)
                && r.b().name().equals(y));
    }

    @Test
    void candidateWithPartyInTheGenitive() {
        Role r = role(Stories.kars(), "Selim Karataş");
        assertThat(r.office()).isEqualTo("Kars Belediye Başkanı");
        assertThat(r.status()).isEqualTo("candidate");
        assertThat(r.party().name()).isEqualTo("Yeni Ufuk Partisi");
        assertThat(r.organization()).isEqualTo("Kars Belediyesi");
        assertThat(r.text()).isEqualTo("Yeni Ufuk Partisi'nin Kars Belediye Başkanı adayı Selim Karataş");
    }

    @Test
    void statusWords() {
        Article a = Stories.kars();
        assertThat(role(a, "Orhan Dikmen").status()).isEqualTo("incumbent");
        assertThat(role(a, "Orhan Dikmen").office()).isEqualTo("Kars Valisi");
        assertThat(role(a, "Nurettin Aksoy").status()).isEqualTo("former");
        assertThat(role(a, "Nurettin Aksoy").office()).isEqualTo("Tarım Bakanı");
        assertThat(role(a, "Leyla Tan").status()).isEqualTo("deputy");
        assertThat(role(a, "Leyla Tan").office()).isEqualTo("Kars Belediye Başkanı");
        assertThat(role(a, "Hakan Öztürk").status()).isEqualTo("acting");
        assertThat(role(a, "Cemal Ersoy").office()).isEqualTo("Boğaçspor Teknik Direktörü");
    }

    @Test
    void bareTitleTakesTheOfficeStatedElsewhere() {
        Article a = Stories.kars();
        // "Vali Dikmen'i" merges into the fuller "Kars Valisi" role: one role per person, office and status
        assertThat(a.roles().stream().filter(r -> r.person().name().equals("Orhan Dikmen")))
                .extracting(Role::office).containsOnly("Kars Valisi");
    }

    @Test
    void relations() {
        Article a = Stories.kars();
        assertThat(has(a, "spouse", "Selim Karataş", "Derya Karataş")).isTrue();
        assertThat(has(a, "family", "Nurettin Aksoy", "Emre Aksoy")).isTrue();
        assertThat(has(a, "member_of", "Selim Karataş", "Yeni Ufuk Partisi")).isTrue();
        assertThat(has(a, "holds_office", "Orhan Dikmen", "Kars Valisi")).isTrue();
        assertThat(has(a, "reporter_of", "Ahmet Yılmaz", "DOCUMENT")).isTrue();
        // a candidate, a deputy and a former minister hold no office
        assertThat(has(a, "holds_office", "Selim Karataş", "Kars Belediye Başkanı")).isFalse();
        assertThat(has(a, "holds_office", "Leyla Tan", "Kars Belediye Başkanı")).isFalse();
        for (Relation r : a.relations()) {
            assertThat(a.text().substring(r.start(), r.end())).isEqualTo(r.text());
        }
    }

    @Test
    void aTitleMayOpenTheSentence() {
        // the first word of the sentence is part of a run of capitalised title words; a time word is not
        Article a = Stories.annotate("initial", """
                Kuzeyova'da tarla günü düzenlendi
                Kırsal Kalkınma Şube Müdürü Ayten Sarı, üreticilerle bir araya geldi. Dün Vali Kaan Erdem de tarlayı gezdi.
                """);
        assertThat(role(a, "Ayten Sarı").office()).isEqualTo("Kırsal Kalkınma Şube Müdürü");
        assertThat(role(a, "Kaan Erdem").office()).isEqualTo("Vali");
    }

    @Test
    void appositionAfterTheName() {
        Article a = Stories.annotate("app", """
                Dağkent'te yeni köprü açıldı
                Köprünün açılışına katılan Murat Sezgin, Dağkent Valisi, törende konuştu. Sezgin, köprünün kente değer katacağını söyledi.
                """);
        Role r = role(a, "Murat Sezgin");
        assertThat(r.office()).isEqualTo("Dağkent Valisi");
        assertThat(r.status()).isEqualTo("incumbent");
    }

    private static final String MINISTERS = """
            date 2021-05 Ece TOPRAK/ORDU, () - Dışişleri Bakanı Kemal Sarıgöl, Zembra'ya gitti.
            Enerji ve Tabii Kaynaklar Bakanı Nevin Aktoprak ile Milli Eğitim Bakanı Rıza Dalkılıç da heyetteydi.
            Zembra Cumhurbaşkanı Tomas Varel, konukları havalimanında karşıladı. Bakan Sarıgöl, ziyaretin önemli olduğunu söyledi.
            Takımın kaptanı Yusuf Erdem maçtan sonra konuştu. Karaspor Kulübü'nün kaptanı Mert Ilgaz da sevindi.
            Zembra Meclisi'nin dış ilişkilerden sorumlu üyesi Lale Dora da oradaydı.
            Kuzey Ülkeleri Birliği (KÜB) Genel Sekreteri Arne Holm açıklama yaptı.
            Eski Kuzey-Zembra Cumhurbaşkanı Pavel Nor, Kars'a geldi. Yazar Deniz Tekin, Zembra muhabirine konuştu.
            """;

    @Test
    void ministryWordsArePartOfTheOffice() {
        Article a = Stories.annotate("ministers", MINISTERS);
        assertThat(role(a, "Kemal Sarıgöl").office()).isEqualTo("Dışişleri Bakanı");
        assertThat(role(a, "Nevin Aktoprak").office()).isEqualTo("Enerji ve Tabii Kaynaklar Bakanı");
        assertThat(role(a, "Rıza Dalkılıç").office()).isEqualTo("Milli Eğitim Bakanı");
        assertThat(role(a, "Tomas Varel").office()).isEqualTo("Zembra Cumhurbaşkanı");
        assertThat(role(a, "Arne Holm").office()).isEqualTo("Kuzey Ülkeleri Birliği Genel Sekreteri");
        assertThat(role(a, "Pavel Nor").office()).isEqualTo("Kuzey-Zembra Cumhurbaşkanı");
        assertThat(role(a, "Pavel Nor").status()).isEqualTo("former");
        // a title in the dative after a comma is no apposition
        assertThat(a.roles()).noneMatch(r -> r.person().name().equals("Deniz Tekin"));
    }

    @Test
    void bareTitleNeverAddsAWeakerSecondRole() {
        Article a = Stories.annotate("ministers", MINISTERS);
        // "Bakan Sarıgöl" merges into "Dışişleri Bakanı": one role, never a second "Bakan"
        assertThat(a.roles().stream().filter(r -> r.person().name().equals("Kemal Sarıgöl")))
                .extracting(Role::office).containsExactly("Dışişleri Bakanı");
    }

    @Test
    void lowerCasePossessedHeadNeedsItsOwnerNamed() {
        Article a = Stories.annotate("ministers", MINISTERS);
        assertThat(a.roles()).noneMatch(r -> r.person().name().equals("Yusuf Erdem"));
        // the owner named (an organisation name the tagger finds whatever the model's leanings on a bare "Karaspor")
        assertThat(role(a, "Mert Ilgaz").organization()).isEqualTo("Karaspor Kulübü");
        assertThat(role(a, "Lale Dora").organization()).isEqualTo("Zembra Meclisi");
    }

    @Test
    void abbreviationsListsAndWordsBeforeTheTitle() {
        Article a = Stories.annotate("titles", """
                date 2021-09 Ece TOPRAK/ORDU, () - Karadeniz Fındık Üreticileri Derneği (KAFÜD) Başkanı Sevgi Arıkan, Orman, Su ve Çevre Bakanı Tarık Bozdağ ile görüştü.

                Toplantıya Ordu Esnaf Derneği Ünye Şube Başkanı Cengiz Karaca da katıldı. İlk Ordu Valisi Halit Soylu'nun adı bir okula verildi.
                """);
        Role r = role(a, "Sevgi Arıkan");
        assertThat(r.office()).isEqualTo("Karadeniz Fındık Üreticileri Derneği Başkanı");
        assertThat(role(a, "Tarık Bozdağ").office()).isEqualTo("Orman, Su ve Çevre Bakanı");
        assertThat(role(a, "Halit Soylu").office()).isEqualTo("Ordu Valisi");
        assertThat(role(a, "Cengiz Karaca").organization()).isNotEqualTo("Ünye");
    }

    @Test
    void sharedStatusNoWorkForAPlaceNoOwnerlessPost() {
        Article a = Stories.annotate("shared", """
                date 2021-09 Ece TOPRAK/ORDU, () - Eski Başbakan ve Dışişleri Bakanı Nurettin Aksoy, Ordu'ya geldi. Ordu Emniyet Müdürü Cengiz Karaca onu karşıladı.

                CEO'su Sevgi Arıkan da törende konuştu.
                """);
        assertThat(role(a, "Nurettin Aksoy").status()).isEqualTo("former");
        assertThat(a.relations()).noneMatch(r -> r.type().equals("works_for"));
        assertThat(a.roles()).noneMatch(r -> r.person().name().equals("Sevgi Arıkan"));
    }

    @Test
    void genericPossessedTitleNeedsAnOwner() {
        Article a = Stories.annotate("owner", """
                date 2021-09 Ece TOPRAK/ORDU, () - Fabrikada üretim durdu. Genel Müdürü Sevgi Arıkan açıklama yaptı. Belediye Başkanı Cengiz Karaca da fabrikayı ziyaret etti.
                """);
        assertThat(a.roles()).noneMatch(r -> r.person().name().equals("Sevgi Arıkan"));
        assertThat(role(a, "Cengiz Karaca").office()).isEqualTo("Belediye Başkanı");
    }
}
