package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Wiki tags brought to Milliyet's conventions, on invented names with invented news counts. */
class WikiConventionsTest {
    // counts {O, PER, ORG, LOC} in the news
    private final Map<String, int[]> news = Map.of(
            "zarvanya", new int[] {2, 0, 3, 95},
            "ydp", new int[] {1, 0, 60, 4},
            "tekirli", new int[] {5, 0, 6, 9}, // no clear type
            "ovalı", new int[] {0, 0, 1, 2});  // too rare to say
    private final WikiConventions c = new WikiConventions(Set.of("hastanesi", "partisi")::contains, news::get);

    private List<String> retag(String tokens, String tags) {
        return c.retag(Arrays.asList(tokens.split(" ")), Arrays.asList(tags.split(" ")));
    }

    @Test
    void facilitiesArePlacesUnlessAnInstitutionHeadsThem() {
        assertThat(retag("Karaçam Havalimanı'na indi", "B-FAC I-FAC O"))
                .containsExactly("B-LOC", "I-LOC", "O");
        assertThat(retag("Yeşilkent Hastanesi'nde yatıyor", "B-FAC I-FAC O"))
                .containsExactly("B-ORG", "I-ORG", "O");
    }

    @Test
    void aNameWithLiIsTheNamesType() {
        assertThat(retag("Zarvanya'lı bir heyet", "B-NORP O O")).containsExactly("B-LOC", "O", "O");
        assertThat(retag("YDP'li vekil", "B-NORP O")).containsExactly("B-ORG", "O");
        assertThat(retag("Morova'lılar geldi", "B-NORP O")).containsExactly("B-LOC", "O");
        // a nationality word without an apostrophe stays NORP (no Milliyet type)
        assertThat(retag("Zarvanyalı bir heyet", "B-NORP O O")).containsExactly("B-NORP", "O", "O");
        assertThat(retag("Türk halkı", "B-NORP O")).containsExactly("B-NORP", "O");
        // a people's name that the news nearly always tags as a place
        assertThat(retag("Zarvanya tarihi", "B-NORP O")).containsExactly("B-LOC", "O");
    }

    @Test
    void aCountryTaggedAsAnOrganisationIsAPlace() {
        assertThat(retag("Zarvanya 2-1 kazandı", "B-ORG O O")).containsExactly("B-LOC", "O", "O");
        assertThat(retag("YDP kazandı", "B-ORG O")).containsExactly("B-ORG", "O");
        assertThat(retag("Zarvanya Halk Partisi", "B-ORG I-ORG I-ORG")).containsExactly("B-ORG", "I-ORG", "I-ORG");
        assertThat(retag("Tekirli kazandı", "B-ORG O")).containsExactly("B-ORG", "O");
    }

    @Test
    void insideAnEventOnlyTheWellKnownNamesAreTagged() {
        assertThat(retag("Zarvanya Güreş Şampiyonası başladı", "B-EVENT I-EVENT I-EVENT O"))
                .containsExactly("B-LOC", "O", "O", "O");
        assertThat(retag("YDP Kurultayı toplandı", "B-EVENT I-EVENT O")).containsExactly("B-ORG", "O", "O");
        assertThat(retag("Ovalı Kupası bitti", "B-EVENT I-EVENT O")).containsExactly("O", "O", "O");
        assertThat(retag("Büyük Tekirli Yarışı", "B-EVENT I-EVENT I-EVENT")).containsExactly("O", "O", "O");
    }

    @Test
    void commasQuotesAndBracketsEndAName() {
        assertThat(retag("Morova , Zarvanya doğumlu", "B-GPE I-GPE I-GPE O"))
                .containsExactly("B-GPE", "O", "B-GPE", "O");
        assertThat(retag("Kuzey Zarvanya ( Morova ) bölgesi", "B-GPE I-GPE I-GPE I-GPE I-GPE O"))
                .containsExactly("B-GPE", "I-GPE", "O", "B-GPE", "O", "O");
    }

    @Test
    void otherTypesAreLeftAlone() {
        assertThat(retag("Ayla Demirkaya Zarvanya'da", "B-PERSON I-PERSON B-GPE"))
                .containsExactly("B-PERSON", "I-PERSON", "B-GPE");
        assertThat(retag("1990'lı yıllar", "B-DATE I-DATE")).containsExactly("B-DATE", "I-DATE");
    }
}
