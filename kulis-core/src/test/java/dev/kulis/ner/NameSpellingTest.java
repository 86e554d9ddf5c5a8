package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spelling classifier generalises endings to words it never saw (invented names). */
class NameSpellingTest {
    private static final String[] STEMS = {"kar", "tel", "bor", "mir", "sel", "dur", "kan", "ver", "pol", "zen",
            "lam", "dor", "fis", "gün", "hak", "jal"};

    @Test
    void endingsOfPersonsClubsAndPlacesCarryOverToNewNames() {
        Map<String, int[]> counts = new HashMap<>();
        for (String s : STEMS) {
            counts.put(s + "oğlu", new int[] {0, 0, 9, 0, 0, 0, 0});     // surnames: I-PER
            counts.put(s + "spor", new int[] {0, 0, 0, 9, 0, 0, 0});     // clubs: B-ORG
            counts.put(s + "abad", new int[] {0, 0, 0, 0, 0, 9, 0});     // towns: B-LOC
            counts.put(s + "lik", new int[] {9, 0, 0, 0, 0, 0, 0});      // common words: O
        }
        NameSpelling spelling = NameSpelling.learn(new NewsNames(counts, true));
        assertThat(NameSpelling.argmax(spelling.score("yamoğlu"))).isEqualTo(1);
        assertThat(NameSpelling.argmax(spelling.score("yamspor"))).isEqualTo(2);
        assertThat(NameSpelling.argmax(spelling.score("yamabad"))).isEqualTo(3);
        assertThat(NameSpelling.argmax(spelling.score("yamlik"))).isEqualTo(0);
    }

    @Test
    void anEmptyListLearnsNothing() {
        NameSpelling spelling = NameSpelling.learn(NewsNames.EMPTY);
        assertThat(spelling.score("yamoğlu")).containsOnly(0f);
    }
}
