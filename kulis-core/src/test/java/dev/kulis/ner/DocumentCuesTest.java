package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cues a sentence gives about its capitalised words (invented firms and people). */
class DocumentCuesTest {
    private static Map<String, int[]> cues(String sentence) {
        String[] tokens = sentence.split(" ");
        String[] stems = Arrays.stream(tokens).map(TokenForms::lowerStem).toArray(String[]::new);
        int[] caps = Arrays.stream(tokens).mapToInt(TokenForms::capClass).toArray();
        return DocumentCues.of(stems, caps);
    }

    @Test
    void anInflectedHeadMarksTheNameBeforeIt() {
        Map<String, int[]> c = cues("pazarı Korvan firmasıyla paylaşıyor");
        assertThat(c.get("korvan")[1]).isEqualTo(1);
    }

    @Test
    void aPluralHeadMarksEveryNameOfTheList() {
        Map<String, int[]> c = cues("pazarın yarısını Telmar , Dunsel ve Korvan firmaları tutuyor");
        assertThat(c.get("telmar")[1]).isEqualTo(1);
        assertThat(c.get("dunsel")[1]).isEqualTo(1);
        assertThat(c.get("korvan")[1]).isEqualTo(1);
    }

    @Test
    void aSingularHeadMarksOnlyTheNameRightBeforeIt() {
        Map<String, int[]> c = cues("Ayten Dunsel ve Korvan firması anlaştı");
        assertThat(c.get("korvan")[1]).isEqualTo(1);
        assertThat(c).doesNotContainKey("dunsel");
    }
}
