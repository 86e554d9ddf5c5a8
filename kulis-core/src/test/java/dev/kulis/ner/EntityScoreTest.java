package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntityScoreTest {
    @Test
    void chunksFollowConllevalRules() {
        assertThat(EntityScore.chunks(Tags.labels("B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG", "I-LOC")))
                .containsExactly(new EntityScore.Chunk(0, 2, 0), new EntityScore.Chunk(3, 4, 2),
                        new EntityScore.Chunk(4, 6, 1), new EntityScore.Chunk(6, 7, 2));
    }

    @Test
    void anEntityCountsOnlyWithItsExactSpanAndType() {
        EntityScore s = new EntityScore();
        s.add(Tags.labels("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"),
              Tags.labels("B-PER", "O", "O", "B-LOC", "O", "B-LOC"));
        // gold: PER(0,2) LOC(3,4) ORG(5,6); predicted: PER(0,1) LOC(3,4) LOC(5,6): one correct of three
        assertThat(s.precision(-1)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.recall(-1)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.f1(2)).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
        assertThat(s.f1(0)).isZero();
        assertThat(s.report()).contains("LOC P 50.00 R 100.00 F1 66.67").contains("all P 33.33 R 33.33 F1 33.33");
    }

    @Test
    void labelNamesRoundTrip() {
        for (int y = 0; y < NerLabels.COUNT; y++) {
            assertThat(NerLabels.of(NerLabels.name(y))).isEqualTo(y);
        }
        assertThat(NerLabels.of("B-PERSON")).isEqualTo(NerLabels.of("B-PER"));
        assertThat(NerLabels.of("I-GPE")).isEqualTo(NerLabels.of("I-LOC"));
        assertThat(NerLabels.of("B-DATE")).isEqualTo(NerLabels.O);
    }
}
