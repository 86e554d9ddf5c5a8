package dev.kulis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-word analysis: names with and without apostrophes, ALL CAPS, numbers, punctuation, unknown words. */
class MorphologyTest {
    private final Morphology m = Morphology.shared();

    /** The analyser's own reading, not the shipped table's (which is built from it, and would hide a change). */
    private final Morphology fresh = Morphology.shared().withTable(MorphTable.EMPTY);

    private Analysis best(String w) {
        List<Analysis> a = m.analyze(w);
        assertThat(a).isNotEmpty();
        return a.get(0);
    }

    private Analysis resolved(String w) {
        return fresh.analyze(w).get(0);
    }

    @Test
    void oddTokensPrintNothingToStandardOutput() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true));
        try {
            for (String w : List.of("Balkan+lAr", "ev+ler", "C++", "+90", "a^DB+b", "x/y", "§3", "ünlü-", "'", "…")) {
                m.analyze(w);
            }
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void apostropheNameKeepsStemAsProperLemma() {
        Analysis a = best("Karaburunoğlu'na");
        assertThat(a.lemma()).isEqualTo("Karaburunoğlu");
        assertThat(a.proper()).isTrue();
        assertThat(a.pos()).isEqualTo("PROPN");
        assertThat(a.grammaticalCase()).isEqualTo("Dat");
    }

    @Test
    void anUnmarkedNameEndingLikeTheEquativeStaysWhole() {
        // no stem in c takes a dative (Karsuvac + a), and -ca unmarked ends more names than it marks equatives
        assertThat(best("Karsuvaca").lemma()).isEqualTo("Karsuvaca");
        assertThat(best("Tolvince").lemma()).isEqualTo("Tolvince");
        assertThat(best("Karsuva'ca").lemma()).isEqualTo("Karsuva");
        assertThat(best("Karsuva'ca").grammaticalCase()).isEqualTo("Equ");
        assertThat(best("Tolvuşcu").lemma()).isEqualTo("Tolvuşcu");   // a surname in -cu, no Tolvuşc + accusative
        assertThat(best("Koça").lemma()).isEqualTo("Koç");           // ç is kept before the dative
        assertThat(best("Koça").grammaticalCase()).isEqualTo("Dat");
        assertThat(best("AKPce").lemma()).isEqualTo("AKP");          // an acronym takes any suffix
        assertThat(best("AKPce").grammaticalCase()).isEqualTo("Equ");
    }

    @Test
    void curlyApostropheIsAnApostrophe() {
        Analysis a = best("Zeytinova’nın");
        assertThat(a.lemma()).isEqualTo("Zeytinova");
        assertThat(a.grammaticalCase()).isEqualTo("Gen");
    }

    @Test
    void nameThatLostItsApostropheIsSplitOffItsSuffix() {
        assertThat(best("Kardashianın").lemma()).isEqualTo("Kardashian");
        assertThat(best("Kardashianın").proper()).isTrue();
        assertThat(best("Westden").lemma()).isEqualTo("West");
        assertThat(best("Westden").grammaticalCase()).isEqualTo("Abl");
    }

    @Test
    void anAcronymTakesAnySuffixAndAForeignNameTheOneItSoundsWith() {
        assertThat(resolved("ZKPnin").lemma()).isEqualTo("ZKP");
        assertThat(resolved("ZKPnin").grammaticalCase()).isEqualTo("Gen");
        assertThat(resolved("ZKPye").grammaticalCase()).isEqualTo("Dat");
        assertThat(resolved("AKPnin").lemma()).isEqualTo("AKP");
        // Velbridge'da, said "Velbriç'te": no split fits the letters, so the distinctive suffix is split off anyway
        assertThat(resolved("Velbridgeda").lemma()).isEqualTo("Velbridge");
        assertThat(resolved("Velbridgeda").grammaticalCase()).isEqualTo("Loc");
        assertThat(resolved("Chelseanin").lemma()).isEqualTo("Chelsea");
    }

    @Test
    void aPlaceAndLiIsANameAsItStands() {
        assertThat(resolved("Akşehirli").lemma()).isEqualTo("Akşehirli"); // a known place + -li
        assertThat(resolved("Orkutlu").lemma()).isEqualTo("Orkutlu");     // no stem ends in t + l
        assertThat(resolved("Orkutlu").grammaticalCase()).isNotEqualTo("Acc");
        assertThat(resolved("CHP'li").grammaticalCase()).isNull();        // an adjective, no accusative
    }

    @Test
    void aLocativeIsNoStemInDAndADativeUnlessTheAnalyserKnowsTheStemInD() {
        assertThat(resolved("Ankarada").lemma()).isEqualTo("Ankara");
        assertThat(resolved("Ankarada").grammaticalCase()).isEqualTo("Loc");
        assertThat(resolved("İzmirde").lemma()).isEqualTo("İzmir");
        // a name the analyser knows in d keeps its dative
        assertThat(resolved("Davuda").lemma()).isEqualTo("Davud");
        assertThat(resolved("Davuda").grammaticalCase()).isEqualTo("Dat");
        // one it knows in neither spelling is a locative: 24 times as many in the news
        assertThat(resolved("Velmunda").lemma()).isEqualTo("Velmun");
        assertThat(resolved("Velmunda").grammaticalCase()).isEqualTo("Loc");
        assertThat(resolved("Karsuvakentte").lemma()).isEqualTo("Karsuvakent");
    }

    @Test
    void theCaseOfANameIsItsSuffixsNotAPossessive() {
        assertThat(resolved("Kardashian'ın").grammaticalCase()).isEqualTo("Gen");
        assertThat(resolved("Kardashianʼın").raw()).contains("+PNON+GEN"); // U+02BC reaches the analyser
        assertThat(resolved("Zeytinova'yı").grammaticalCase()).isEqualTo("Acc");
        assertThat(resolved("Kardashianların").lemma()).isEqualTo("Kardashian");
    }

    @Test
    void aHostileLongWordIsUnknownAtOnce() {
        String w = "K" + "a".repeat(50_000) + "'nın";
        assertThat(resolved(w).lemma()).hasSize(w.length());
    }

    @Test
    void knownPlaceWithoutApostropheIsItsRoot() {
        assertThat(TurkishLower.of(best("İngilterenin").lemma())).isEqualTo("ingiltere");
    }

    @Test
    void allCapsWordsAreReadThroughTurkishCase() {
        assertThat(best("İZMİR'DE").lemma()).isEqualTo("İzmir");
        assertThat(best("İZMİR'DE").grammaticalCase()).isEqualTo("Loc");
        assertThat(TurkishLower.of(best("KİTAPLARIMIZDAN").lemma())).isEqualTo("kitap");
    }

    @Test
    void numbersKeepTheirDigitsAndDropTheSuffix() {
        assertThat(best("2014'teki").lemma()).isEqualTo("2014");
        assertThat(best("2014'teki").pos()).isEqualTo("NUM");
        assertThat(best("3,5").lemma()).isEqualTo("3,5");
        assertThat(best("1990'larda").lemma()).isEqualTo("1990");
    }

    @Test
    void punctuationAndUrlsAreThemselves() {
        assertThat(best(",").pos()).isEqualTo("PUNCT");
        assertThat(best("...").lemma()).isEqualTo("...");
        assertThat(best("www.ornekhaber.com.tr").pos()).isEqualTo("X");
    }

    @Test
    void unknownWordIsItselfLowerCasedAndFlagged() {
        Analysis a = best("zırtlampoz");
        assertThat(a.lemma()).isEqualTo("zırtlampoz");
        assertThat(a.known()).isFalse();
        Analysis b = best("Qwzxtrop");
        assertThat(b.lemma()).isEqualTo("Qwzxtrop");
        assertThat(b.known()).isFalse();
    }

    @Test
    void inflectedCommonWordsGetTheirRoot() {
        assertThat(best("kitaplarımızdan").lemma()).isEqualTo("kitap");
        assertThat(best("kitaplarımızdan").grammaticalCase()).isEqualTo("Abl");
        assertThat(best("gidiyorum").lemma()).isEqualTo("git");
        assertThat(best("değildi").lemma()).isEqualTo("değil");
        assertThat(best("bana").lemma()).isEqualTo("ben");
        assertThat(best("içinde").lemma()).isEqualTo("iç");
        assertThat(best("için").lemma()).isEqualTo("için");
    }

    @Test
    void cacheReturnsTheSameReadings() {
        assertThat(m.analyze("evlerimizde")).isSameAs(m.analyze("evlerimizde"));
    }
}
