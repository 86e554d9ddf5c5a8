package dev.kulis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped table of precomputed analyses: it loads, covers common words and reproduces fresh analysis exactly. */
class MorphTableTest {
    private final Morphology m = Morphology.shared();

    @Test
    void tableLoadsAndCoversCommonWords() {
        long t0 = System.nanoTime();
        MorphTable t = MorphTable.load();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("morph table: %,d forms, %,d bytes in memory, loaded in %.2f s%n", t.size(), t.bytes(), s);
        assertThat(t.size()).isGreaterThan(100_000);
        for (String w : List.of("ve", "bir", "olduğunu", "Türkiye", "Türkiye'nin", "açıklamada", "Bakanı", "dedi")) {
            assertThat(t.get(w)).as(w).isNotNull();
        }
        assertThat(t.get("zırtlampozlarımızdan")).isNull();
        assertThat(m.table().size()).isEqualTo(t.size()); // the shared instance uses it
    }

    @Test
    void tableAnalysesEqualFreshlyComputedOnes() {
        MorphTable t = m.table();
        List<String> sample = new ArrayList<>();
        int step = Math.max(1, t.size() / 4000);
        for (int i = 0; i < t.size(); i += (i < 1000 ? 1 : step)) {
            sample.add(t.form(i));
        }
        int differ = 0;
        for (String w : sample) {
            Resolution stored = t.get(w);
            Resolution fresh = m.resolve(w);
            if (!stored.equals(fresh) || !m.finish(w, stored).equals(m.finish(w, fresh))) {
                differ++;
                System.out.println("differs: " + w + "\n  table " + stored + "\n  fresh " + fresh);
            }
        }
        System.out.printf("compared %d forms with fresh analysis, %d differ%n", sample.size(), differ);
        assertThat(differ).isZero();
    }

    @Test
    void lookupGoesThroughTheTableAndMatchesItsFinish() {
        String w = "açıklamasında";
        Resolution r = m.table().get(w);
        assertThat(r).isNotNull();
        assertThat(m.analyze(w)).isEqualTo(m.finish(w, r));
    }
}
