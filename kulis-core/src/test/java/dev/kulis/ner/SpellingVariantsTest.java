package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
    private static NerSentence sentence(String tokens, String tags) {
        return new NerSentence(Arrays.asList(tokens.split(" ")), Tags.labels(tags.split(" ")));
    }

    private final NerSentence withSuffix = sentence("Ayla Durmaz Zarvanya'ya gitti", "B-PER I-PER B-LOC O");
    private final NerSentence plain = sentence("Ayla Durmaz geldi", "B-PER I-PER O");

    @Test
    void theApostropheGoesAndTheLabelsStay() {
        NerSentence s = SpellingVariants.withoutApostrophes(withSuffix);
        assertThat(s.tokens()).containsExactly("Ayla", "Durmaz", "Zarvanyaya", "gitti");
        assertThat(s.labels()).containsExactly(withSuffix.labels());
    }

    @Test
    void capitalsFollowTurkishCase() {
        NerSentence s = SpellingVariants.inCapitals(sentence("İlkin Işıkçı iyi", "B-PER I-PER O"));
        assertThat(s.tokens()).containsExactly("İLKİN", "IŞIKÇI", "İYİ");
    }

    @Test
    void lowerCaseFollowsTurkishCase() {
        NerSentence s = SpellingVariants.inLowerCase(sentence("İLKİN Işıkçı İyi", "B-PER I-PER O"));
        assertThat(s.tokens()).containsExactly("ilkin", "ışıkçı", "iyi");
        assertThat(s.labels()).isEqualTo(sentence("İLKİN Işıkçı İyi", "B-PER I-PER O").labels());
    }

    @Test
    void sharesAreRoughlyKeptAndTheSameSeedGivesTheSameResult() {
        List<NerSentence> in = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            in.add(i % 2 == 0 ? withSuffix : plain);
        }
        List<NerSentence> out = SpellingVariants.rewrite(in, 0.2, 0.1, 0.1, 7);
        long bare = out.stream().filter(s -> s.tokens().contains("Zarvanyaya")).count();
        long caps = out.stream().filter(s -> s.tokens().get(0).equals("AYLA")).count();
        assertThat(bare).isBetween(70L, 130L);   // 20% of the 500 with a suffix
        assertThat(caps).isBetween(70L, 130L);   // 10% of all
        long lower = out.stream().filter(s -> s.tokens().get(0).equals("ayla")).count();
        assertThat(lower).isBetween(70L, 130L);  // 10% of all
        assertThat(SpellingVariants.rewrite(in, 0.2, 0.1, 0.1, 7)).isEqualTo(out);
        assertThat(SpellingVariants.rewrite(in, 0, 0, 0, 7)).isSameAs(in);
        assertThat(out).extracting(NerSentence::size).containsOnly(3, 4);
    }
}
