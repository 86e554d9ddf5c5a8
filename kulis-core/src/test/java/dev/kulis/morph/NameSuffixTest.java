package dev.kulis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Turkish spelling of a suffix after a name, on invented names. */
class NameSuffixTest {
    private static boolean fits(String word, String stem, boolean frontBackOnly) {
        return NameSuffix.harmonious(word, stem.length(), frontBackOnly);
    }

    @Test
    void vowelsFollowTheStemsLastVowel() {
        assertThat(fits("zarvanyaya", "zarvanya", false)).isTrue();
        assertThat(fits("zarvanyaye", "zarvanya", false)).isFalse();
        assertThat(fits("tüzeline", "tüzel", false)).isTrue();
        assertThat(fits("tüzela", "tüzel", false)).isFalse();
        assertThat(fits("korpunun", "korpu", false)).isTrue();
        assertThat(fits("korpunın", "korpu", false)).isFalse();
        assertThat(fits("korpunın", "korpu", true)).isTrue(); // Clinton'ın: foreign names go by their sound
        assertThat(fits("gölörün", "gölör", false)).isTrue();
    }

    @Test
    void aFinalLAfterABackVowelMayBePalatal() {
        assertThat(fits("zerhalin", "zerhal", false)).isTrue();   // Kemal'in
        assertThat(fits("zerhale", "zerhal", false)).isTrue();    // Cemal'e
        assertThat(fits("zerhalden", "zerhal", false)).isTrue();  // Celal'den
        assertThat(fits("zerhalın", "zerhal", false)).isTrue();   // Vural'ın
        assertThat(fits("zerholden", "zerhol", false)).isFalse(); // only -al: Golden is no gol + den
        assertThat(fits("zerhatin", "zerhat", false)).isFalse();  // only an l is palatal
    }

    @Test
    void noStemEndsInAConsonantAndL() {
        assertThat(NameSuffix.plausibleStem("orkutlu", 6)).isFalse(); // Orkutlu is Orkut + -lu
        assertThat(NameSuffix.plausibleStem("zarlu", 4)).isTrue();     // Karl'ı
        assertThat(NameSuffix.plausibleStem("zohlun", 4)).isTrue();    // Kohl'un
        assertThat(NameSuffix.plausibleStem("zellı", 4)).isTrue();     // Hall'ı
    }

    @Test
    void dOrTFollowsTheStemsLastSound() {
        assertThat(fits("karsatta", "karsat", false)).isTrue();
        assertThat(fits("karsatda", "karsat", false)).isFalse();
        assertThat(fits("tolgarda", "tolgar", false)).isTrue();
        assertThat(fits("tolgarta", "tolgar", false)).isFalse();
        assertThat(fits("zarvanyadan", "zarvanya", false)).isTrue();
    }

    @Test
    void anAcronymTakesAnySuffixAndAShortStemNone() {
        assertThat(NameSuffix.fits("YDPde", 3)).isTrue();   // "ye-de-pe'de": letters are read by their names
        assertThat(NameSuffix.fits("Ydpde", 3)).isFalse();  // no acronym, and no vowel in the stem
        assertThat(NameSuffix.fits("Zarvanyanın", 8)).isTrue();
        assertThat(NameSuffix.fits("Zarvanyi", 7)).isFalse(); // a one-letter suffix must fit exactly
        assertThat(NameSuffix.fits("Alia", 3)).isFalse();
        assertThat(NameSuffix.fits("Aye", 2)).isFalse();      // a stem of two letters is not split
    }

    @Test
    void noVowelNoVerdict() {
        assertThat(fits("krtda", "krt", false)).isFalse();
    }

    @Test
    void eachSuffixNamesItsCase() {
        assertThat(NameSuffix.caseOf("nın")).isEqualTo("Gen");
        assertThat(NameSuffix.caseOf("ya")).isEqualTo("Dat");
        assertThat(NameSuffix.caseOf("yı")).isEqualTo("Acc");
        assertThat(NameSuffix.caseOf("ndan")).isEqualTo("Abl");
        assertThat(NameSuffix.caseOf("te")).isEqualTo("Loc");
        assertThat(NameSuffix.caseOf("yla")).isEqualTo("Ins");
        // the equative ends in a vowel as the dative does, after c or ç, which no dative has
        assertThat(NameSuffix.caseOf("ça")).isEqualTo("Equ");   // Zarvan Bakanlığı'nca: by the ministry
        assertThat(NameSuffix.caseOf("nce")).isEqualTo("Equ");
        assertThat(NameSuffix.caseOf("CA")).isEqualTo("Equ");
        assertThat(NameSuffix.caseOf("layınca")).isNull();  // Zarvan'layınca: a verb made of a name, a converb
        assertThat(NameSuffix.caseOf("lendikçe")).isNull();
        assertThat(NameSuffix.caseOf("larca")).isEqualTo("Equ");
        assertThat(NameSuffix.caseOf("li")).isNull();
        assertThat(NameSuffix.caseOf("deki")).isNull();
        assertThat(NameSuffix.caseOf("ın'in")).isEqualTo("Gen"); // a suffix written twice: the last one's
        assertThat(NameSuffix.caseOf("un’a")).isEqualTo("Dat");
    }
}
