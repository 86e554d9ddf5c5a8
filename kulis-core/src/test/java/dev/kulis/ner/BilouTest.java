package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class BilouTest {
    @Test
    void namesGetBeginInsideLastOrUnit() {
        // Selin Aydoğdu Yalı , Ege , Kuzey Ege Partisi
        int[] labels = Bilou.encode(
                Tags.labels("B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"));
        assertThat(labels).containsExactly(1, 2, 3, 0, 12, 0, 5, 6, 7);
    }

    @Test
    void anInsideAfterAnotherTypeBeginsANameAsConllevalReadsIt() {
        int[] labels = Bilou.encode(Tags.labels("B-PER", "I-LOC", "I-LOC", "O"));
        assertThat(labels).containsExactly(4, 9, 11, 0);
        assertThat(Bilou.decode(labels)).containsExactly(Tags.labels("B-PER", "B-LOC", "I-LOC", "O"));
    }

    @Test
    void transitionsKeepNamesWhole() {
        assertThat(Bilou.allowed(-1, 1)).isTrue();   // B-PER may start
        assertThat(Bilou.allowed(-1, 2)).isFalse();  // I-PER may not
        assertThat(Bilou.allowed(1, 3)).isTrue();    // B-PER → L-PER
        assertThat(Bilou.allowed(1, 7)).isFalse();   // B-PER → L-ORG
        assertThat(Bilou.allowed(1, 0)).isFalse();   // an open name must close
        assertThat(Bilou.allowed(3, 5)).isTrue();    // L-PER → B-ORG
        assertThat(Bilou.allowed(4, 4)).isTrue();    // U-PER → U-PER: two names side by side
        assertThat(Bilou.canEnd(1)).isFalse();
        assertThat(Bilou.canEnd(3)).isTrue();
        assertThat(Bilou.canEnd(0)).isTrue();
    }

    @Property
    void encodingAndDecodingKeepEveryEntity(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 6) Integer> tags) {
        int[] bio = tags.stream().mapToInt(Integer::intValue).toArray();
        int[] bilou = Bilou.encode(bio);
        assertThat(EntityScore.chunks(Bilou.decode(bilou))).isEqualTo(EntityScore.chunks(bio));
        for (int i = 0; i < bilou.length; i++) {
            assertThat(Bilou.allowed(i == 0 ? -1 : bilou[i - 1], bilou[i])).isTrue();
        }
        assertThat(bilou.length == 0 || Bilou.canEnd(bilou[bilou.length - 1])).isTrue();
    }
}
