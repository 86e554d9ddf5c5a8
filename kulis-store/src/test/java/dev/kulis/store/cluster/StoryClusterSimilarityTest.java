package dev.kulis.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StoryClusterSimilarityTest {
    private final ClusterSettings s = ClusterSettings.DEFAULT;

    @Test
    void containmentFollowsFromJaccardAndSizes() {
        // a 100-shingle cut copy inside a 300-shingle story: J = 100/300
        Similarity cut = Similarity.of(43, 128, 300, 100);
        assertThat(cut.jaccard()).isCloseTo(0.336, within(0.001));
        assertThat(cut.containment()).isCloseTo(1.0, within(0.01));
        assertThat(cut.sameStory(s)).isTrue();
    }

    @Test
    void lowJaccardBetweenEqualSizesIsNoCopy() {
        Similarity topic = Similarity.of(20, 128, 200, 210);
        assertThat(topic.containment()).isLessThan(0.3);
        assertThat(topic.sameStory(s)).isFalse();
    }

    @Test
    void tinyTextsNeverJoin() {
        assertThat(Similarity.of(128, 128, 5, 5).sameStory(s)).isFalse();
    }

    @Test
    void fullSignaturesIgnoreEmptySlots() {
        long[] empty = new MinHash(4).signature(new long[0], 0);
        assertThat(Similarity.between(empty, empty.clone()).jaccard()).isZero();
    }
}
