package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suffixes written without an apostrophe, found on invented names with invented news counts. */
class BareSuffixTest {
    private static NewsLexicon.Entry capitalised(int bin) {
        return new NewsLexicon.Entry(1, 1, 1, bin);
    }

    private final NerLexicons lex = NerLexicons.withNews(
            new NewsLexicon(both(Map.of(
                    "zarvanya", capitalised(5), "ydp", capitalised(5), "melis", capitalised(5),
                    "melisa", capitalised(5), "tolgar", capitalised(4), "karsan", capitalised(5),
                    "ovadan", capitalised(1), "ova", capitalised(5), "kırlangıç", capitalised(2),
                    "melisin", capitalised(5)), Map.of("velbiden", capitalised(5)))),
            new NewsNames(Map.of(
                    // {O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC}
                    "zarvanya", new int[] {3, 0, 0, 10, 0, 300, 0},
                    "ydp", new int[] {0, 0, 0, 80, 0, 0, 0},
                    "melis", new int[] {0, 40, 0, 0, 0, 0, 0},
                    "melisa", new int[] {0, 30, 0, 0, 0, 0, 0},
                    "tolgar", new int[] {0, 6, 2, 0, 0, 0, 0},
                    "karsan", new int[] {50, 3, 0, 2, 0, 0, 0},
                    "ova", new int[] {0, 0, 0, 0, 0, 40, 0},
                    "kırlangıç", new int[] {0, 0, 0, 0, 0, 90, 0},
                    "velbiden", new int[] {0, 40, 20, 0, 0, 0, 0},
                    "velbidenle", new int[] {0, 0, 5, 0, 0, 0, 0}), true));

    private static <V> Map<String, V> both(Map<String, V> a, Map<String, V> b) {
        Map<String, V> out = new java.util.HashMap<>(a);
        out.putAll(b);
        return out;
    }

    private String stem(String token) {
        int k = BareSuffix.split(token, lex);
        return k < 0 ? null : token.substring(0, k);
    }

    @Test
    void aKnownNameLosesItsCaseSuffix() {
        assertThat(stem("Zarvanyada")).isEqualTo("Zarvanya");
        assertThat(stem("Zarvanyanın")).isEqualTo("Zarvanya");
        assertThat(stem("Zarvanyaya")).isEqualTo("Zarvanya");
        assertThat(stem("ZARVANYADAN")).isEqualTo("ZARVANYA");
        assertThat(stem("Tolgarın")).isEqualTo("Tolgar");
    }

    @Test
    void anAcronymTakesAnySuffix() {
        // letters are read by their names: YDP'de is "ye-de-pe'de"
        assertThat(stem("YDPde")).isEqualTo("YDP");
        assertThat(stem("YDPnin")).isEqualTo("YDP");
    }

    @Test
    void theSuffixMustFitTheStem() {
        assertThat(stem("Zarvanyede")).isNull();  // front vowel after a back one
        assertThat(stem("Zarvanyi")).isNull();    // a one-letter suffix must fit exactly
        assertThat(stem("Tolgarta")).isNull();    // t after a voiced consonant
    }

    @Test
    void withoutTheSpellingCheckTheNewsDecideAlone() {
        // Velbiden'ın is said "Velbaydın": its suffix does not fit the letters, and only the news know the stem
        assertThat(stem("Velbidenın")).isNull();
        assertThat(BareSuffix.split("Velbidenın", lex, false)).isEqualTo(8);
        // ... but a word the news tag as a name itself is one (a surname Velbidenle, not Velbiden + le), though the
        // spelling-checked split, twelve times rarer as a name than its stem, still reads it so
        assertThat(BareSuffix.split("Velbidenle", lex, true)).isEqualTo(8);
        assertThat(BareSuffix.split("Velbidenle", lex, false)).isEqualTo(-1);
    }

    @Test
    void namesOfTheirOwnCommonWordsAndUnknownStemsStay() {
        assertThat(stem("Melisa")).isNull();      // a name itself, not Melis + a
        assertThat(stem("Melisin")).isNull();     // the news write it capitalised as it stands: a name of its own
        assertThat(stem("Melise")).isEqualTo("Melis");
        assertThat(stem("Ovadan")).isNull();      // the news write it in lower case
        assertThat(stem("Karsanda")).isNull();    // capitalised mostly without being a name
        assertThat(stem("Kırlangıçta")).isNull(); // rarely capitalised
        assertThat(stem("Durmuşoğlundan")).isNull();
        assertThat(stem("Zarvanya")).isNull();
    }
}
