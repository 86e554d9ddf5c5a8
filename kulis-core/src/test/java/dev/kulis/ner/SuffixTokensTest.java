package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SuffixTokensTest {
    @Test
    void joinsAnApostropheSuffixToItsWord() {
        SuffixTokens.Joined j = SuffixTokens.join(List.of("Yeşilova", "'ya", "giden", "Ece", "Tarhan", "’ın", "kızı"));
        assertThat(j.tokens()).containsExactly("Yeşilova'ya", "giden", "Ece", "Tarhan’ın", "kızı");
        assertThat(j.origin()).containsExactly(0, 2, 3, 4, 6);
    }

    @Test
    void leavesQuotesAndLoneApostrophesAlone() {
        assertThat(SuffixTokens.join(List.of("dedi", "'", "ve", "''", "Ali", "'5")).tokens())
                .containsExactly("dedi", "'", "ve", "''", "Ali", "'5");
        assertThat(SuffixTokens.join(List.of("'nin", "Ali")).tokens()).containsExactly("'nin", "Ali");
    }

    @Test
    void aSuffixTokenIsOutsideUnlessTheNameGoesOn() {
        SuffixTokens.Joined j = SuffixTokens.join(List.of("Türkiye", "'nin", "Ankara", "Büyükelçiliği", "'ne", "git"));
        int[] joined = Tags.labels("B-LOC", "B-ORG", "I-ORG", "O");
        assertThat(SuffixTokens.split(j, joined))
                .containsExactly(Tags.labels("B-LOC", "O", "B-ORG", "I-ORG", "O", "O"));
        // "İP 'in Parti Meclisi" as one organisation: the suffix inside it continues the name
        SuffixTokens.Joined k = SuffixTokens.join(List.of("İP", "'in", "Parti", "Meclisi"));
        assertThat(SuffixTokens.split(k, Tags.labels("B-ORG", "I-ORG", "I-ORG")))
                .containsExactly(Tags.labels("B-ORG", "I-ORG", "I-ORG", "I-ORG"));
    }

    @Test
    void trainingSentencesGiveTheSuffixItsWordsLabel() {
        NerSentence s = new NerSentence(List.of("Kaan", "Örs", "'ü", "gördüm"),
                Tags.labels("B-PER", "I-PER", "O", "O"));
        NerSentence j = SuffixTokens.joinSentence(s);
        assertThat(j.tokens()).containsExactly("Kaan", "Örs'ü", "gördüm");
        assertThat(j.labels()).containsExactly(Tags.labels("B-PER", "I-PER", "O"));
    }

    @Property
    void splitGivesOneValidLabelPerOriginalToken(@ForAll @Size(min = 1, max = 12) List<@IntRange(max = 5) Integer> kinds,
                                                  @ForAll @Size(min = 12, max = 12) List<@IntRange(max = 6) Integer> raw) {
        String[] words = {"Ali", "'nin", "ev", "'", "Sivas", "'ta"};
        List<String> tokens = kinds.stream().map(k -> words[k]).toList();
        SuffixTokens.Joined j = SuffixTokens.join(tokens);
        int[] y = new int[j.tokens().size()];
        for (int i = 0; i < y.length; i++) {
            int l = raw.get(i);
            y[i] = NerLabels.allowed(i == 0 ? -1 : y[i - 1], l) ? l : NerLabels.O;
        }
        int[] out = SuffixTokens.split(j, y);
        assertThat(out).hasSize(tokens.size());
        for (int i = 0; i < out.length; i++) {
            assertThat(NerLabels.allowed(i == 0 ? -1 : out[i - 1], out[i])).isTrue();
        }
        assertThat(EntityScore.chunks(out)).hasSameSizeAs(EntityScore.chunks(y));
    }
}
