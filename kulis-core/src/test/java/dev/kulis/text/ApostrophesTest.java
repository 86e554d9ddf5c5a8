package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a suffix starts after an apostrophe, on invented names. */
class ApostrophesTest {
    @Test
    void aSuffixIsWrittenInLowerCase() {
        assertThat(Apostrophes.suffixStart("Zerhal'in")).isEqualTo(6);
        assertThat(Apostrophes.stem("Karsuva’ya")).isEqualTo("Karsuva");
        assertThat(Apostrophes.suffix("2031'de")).isEqualTo("de");
        assertThat(Apostrophes.stem("A'dan")).isEqualTo("A");
        assertThat(Apostrophes.stem("K.Z.'nin")).isEqualTo("K.Z.");
        assertThat(Apostrophes.stem("Zer\u00adhal'\u00adin")).isEqualTo("Zer\u00adhal");
    }

    @Test
    void aCapitalAfterTheApostropheBelongsToTheName() {
        assertThat(Apostrophes.suffixStart("O'Darragh")).isEqualTo(-1);
        assertThat(Apostrophes.stem("D'Arvelli")).isEqualTo("D'Arvelli");
        assertThat(Apostrophes.stem("d'Orvane")).isEqualTo("d'Orvane");
        // the suffix after such a name is the last apostrophe's
        assertThat(Apostrophes.stem("O'Darragh'ın")).isEqualTo("O'Darragh");
        assertThat(Apostrophes.suffix("O'Darragh'ın")).isEqualTo("ın");
        assertThat(Apostrophes.stem("Karsuva'nın'ın")).isEqualTo("Karsuva");
    }

    @Test
    void inCapitalsOnlyALetterAndALongTailIsAName() {
        assertThat(Apostrophes.stem("KARSUVA'YA")).isEqualTo("KARSUVA");
        assertThat(Apostrophes.stem("A'DAN")).isEqualTo("A");
        assertThat(Apostrophes.stem("O'DARRAGH")).isEqualTo("O'DARRAGH");
        assertThat(Apostrophes.stem("O'DARRAGH'IN")).isEqualTo("O'DARRAGH");
        // a heading may capitalise only the suffix, or a careless hand its first letter
        assertThat(Apostrophes.stem("Karsuva'NIN")).isEqualTo("Karsuva");
        assertThat(Apostrophes.stem("Karsuva'Ya")).isEqualTo("Karsuva");
        assertThat(Apostrophes.stem("D'Or")).isEqualTo("D'Or");
    }

    @Test
    void noSuffixWithoutLettersOnBothSides() {
        assertThat(Apostrophes.suffixStart("'dan")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("Karsuva'")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("Karsuva'ya1")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("...'ya")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("")).isEqualTo(-1);
    }
}
