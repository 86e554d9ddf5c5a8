package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invented sentences: a reference that always tags Zarvanya, a compared set that sometimes forgets. */
class AnnotationConsistencyTest {
    private static NerSentence sentence(String word, boolean tagged) {
        return new NerSentence(List.of(word, "dün", "açıkladı"),
                new int[] {tagged ? NerLabels.of("B-LOC") : NerLabels.O, NerLabels.O, NerLabels.O});
    }

    @Test
    void countsTheUntaggedUsesOfWordsTheReferenceTagsAlmostAlways() {
        List<NerSentence> reference = new ArrayList<>(), compared = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reference.add(sentence("Zarvanya", i != 0));   // tagged 19 of 20 times
            reference.add(sentence("Tolvaş", i % 2 == 0));  // tagged half the time: not counted
            compared.add(sentence("Zarvanya", i % 4 != 0)); // forgotten 5 of 20 times
        }
        AnnotationConsistency c = AnnotationConsistency.of(reference, compared, 10, 0.9);
        assertThat(c.words()).isEqualTo(1);
        assertThat(c.untaggedRef()).isEqualTo(1);
        assertThat(c.usesRef()).isEqualTo(20);
        assertThat(c.untagged()).isEqualTo(5);
        assertThat(c.untaggedShare()).isEqualTo(0.25);
        // "dün" and "açıkladı" are never tagged; with a higher bar for being seen, no word qualifies
        assertThat(AnnotationConsistency.of(reference, compared, 20, 0.9).words()).isZero();
    }
}
