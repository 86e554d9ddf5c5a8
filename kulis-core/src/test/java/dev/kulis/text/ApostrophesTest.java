package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where a suffix starts after an apostrophe, on invented names. */
class ApostrophesTest {
    @Test
    void aSuffixIsWrittenInLowerCase() {
        assertThat(Apostrophes.suffixStart("Zerhal'in")).isEqualTo(6);
        assertThat(Apostrophes.stem("Karsuva’ya")).isEqualTo("Karsuva");
        assertThat(Apostrophes.stem("Karsuvaʼya")).isEqualTo("Karsuva"); // U+02BC, which the normaliser maps too
        assertThat(Apostrophes.suffix("2031'de")).isEqualTo("de");
        assertThat(Apostrophes.stem("A'dan")).isEqualTo("A");
        assertThat(Apostrophes.stem("K.Z.'nin")).isEqualTo("K.Z.");
    }

    @Test
    void invisibleCharactersAreReadThrough() {
        assertThat(Apostrophes.stem("Zer\u00adhal'\u00adin")).isEqualTo("Zerhal");
        assertThat(Apostrophes.suffix("Zer\u00adhal'\u00adin")).isEqualTo("in");
        assertThat(Apostrophes.suffix("Zerhal'\u200bin")).isEqualTo("in");
        assertThat(Apostrophes.stem("O'\u00adDarragh")).isEqualTo("O'Darragh");
        assertThat(Apostrophes.suffixStart("Zerhal'\u00ad")).isEqualTo(-1);
    }

    @Test
    void aCapitalisedNameAfterTheApostropheBelongsToTheName() {
        assertThat(Apostrophes.suffixStart("O'Darragh")).isEqualTo(-1);
        assertThat(Apostrophes.stem("D'Arvelli")).isEqualTo("D'Arvelli");
        assertThat(Apostrophes.stem("d'Orvane")).isEqualTo("d'Orvane");
        assertThat(Apostrophes.stem("D'Or")).isEqualTo("D'Or");
        assertThat(Apostrophes.stem("Zell'Arno")).isEqualTo("Zell'Arno");
        // in a mention's text, a single letter starts a word after a space too
        assertThat(Apostrophes.stem("Liam O'DARRAGH")).isEqualTo("Liam O'DARRAGH");
        assertThat(Apostrophes.stem("Velora d'Or")).isEqualTo("Velora d'Or");
        // the suffix after such a name is the last apostrophe's
        assertThat(Apostrophes.stem("O'Darragh'ın")).isEqualTo("O'Darragh");
        assertThat(Apostrophes.suffix("O'Darragh'ın")).isEqualTo("ın");
    }

    @Test
    void aSuffixInCapitalsIsStillASuffix() {
        assertThat(Apostrophes.stem("KARSUVA'YA")).isEqualTo("KARSUVA");
        assertThat(Apostrophes.stem("A'DAN")).isEqualTo("A");
        assertThat(Apostrophes.stem("B'DEKİ")).isEqualTo("B");
        assertThat(Apostrophes.stem("3'ÜNCÜ")).isEqualTo("3");
        assertThat(Apostrophes.stem("O'DARRAGH")).isEqualTo("O'DARRAGH");
        assertThat(Apostrophes.stem("O'DARRAGH'IN")).isEqualTo("O'DARRAGH");
        // a heading may capitalise only the suffix, a title-cased headline its first letter
        assertThat(Apostrophes.stem("Karsuva'NIN")).isEqualTo("Karsuva");
        assertThat(Apostrophes.stem("Karsuva'Ya")).isEqualTo("Karsuva");
        assertThat(Apostrophes.stem("Zerhal'Ten")).isEqualTo("Zerhal");
        assertThat(Apostrophes.suffix("Zerhal'Ten")).isEqualTo("Ten");
    }

    @Test
    void aSuffixWrittenTwiceStartsAtTheFirst() {
        assertThat(Apostrophes.stem("Karsuva'nın'ın")).isEqualTo("Karsuva");
        assertThat(Apostrophes.suffix("Karsuva'nın'ın")).isEqualTo("ın");
        // an apostrophe of the name itself stays: Moody's'in, Kur'an'da
        assertThat(Apostrophes.stem("Velby's'in")).isEqualTo("Velby's");
        assertThat(Apostrophes.suffix("Velby's'in")).isEqualTo("in");
        assertThat(Apostrophes.stem("Zur'an'da")).isEqualTo("Zur'an");
        assertThat(Apostrophes.stem("Zan'a'da")).isEqualTo("Zan'a"); // San'a: one vowel is no suffix written twice
    }

    @Test
    void aSuffixHasAVowel() {
        assertThat(Apostrophes.stem("Velby's")).isEqualTo("Velby's");
        assertThat(Apostrophes.stem("VELBY'S")).isEqualTo("VELBY'S");
        assertThat(Apostrophes.stem("KARSUVA'DI")).isEqualTo("KARSUVA");
    }

    @Test
    void noSuffixWithoutLettersOnBothSides() {
        assertThat(Apostrophes.suffixStart("'dan")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("Karsuva'")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("Karsuva'ya1")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("...'ya")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("")).isEqualTo(-1);
        assertThat(Apostrophes.suffixStart("a")).isEqualTo(-1);
        assertThat(Apostrophes.suffix("Karsuva")).isEmpty();
    }

    @Test
    @Timeout(5)
    void aHugeTokenOfApostrophesIsReadInLinearTime() {
        String word = "Ali" + "'a".repeat(1_000_000);
        assertThat(Apostrophes.suffixStart(word)).isEqualTo(word.length() - 2);
        assertThat(Apostrophes.stem(word)).hasSize(word.length() - 2);
    }
}
