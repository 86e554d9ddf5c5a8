package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Morphology features as the shipped tagger sees them. */
class MorphologyFeaturesTest {
    private final MorphologyFeatures morph = MorphologyFeatures.shared();

    @Test
    void aNameWithItsSuffixGivesLemmaPosAndCase() {
        assertThat(morph.apply("Türkiye'yi").values())
                .contains("l=türkiye", "p=PROPN", "c=Acc")
                .anySatisfy(v -> assertThat(v).startsWith("f=k").endsWith("pP"));
    }

    @Test
    void anInflectedCommonNounGivesItsLemma() {
        assertThat(morph.apply("bakanlığına").values()).contains("l=bakanlık", "c=Dat");
    }

    @Test
    void resultsAreCached() {
        assertThat(morph.apply("Ankara'da")).isSameAs(morph.apply("Ankara'da"));
    }
}
