package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import org.junit.jupiter.api.Test;

class Bfloat16Test {
    @Property
    void roundingKeepsEightSignificantBits(@ForAll @FloatRange(min = -1000f, max = 1000f) float f) {
        float r = Bfloat16.round(f);
        assertThat(r).isCloseTo(f, within(Math.abs(f) / 256f + Float.MIN_NORMAL));
        assertThat(Bfloat16.round(r)).isEqualTo(r);
    }

    @Property
    void twoWeightsShareAnInt(@ForAll @FloatRange(min = -50f, max = 50f) float a,
                              @ForAll @FloatRange(min = -50f, max = 50f) float b) {
        int p = Bfloat16.pack(a, b);
        assertThat(Bfloat16.unpack(p, 0)).isEqualTo(Bfloat16.round(a));
        assertThat(Bfloat16.unpack(p, 1)).isEqualTo(Bfloat16.round(b));
    }

    @Test
    void exactValuesStayExact() {
        for (float f : new float[] {0f, 1f, -2f, 0.5f, 96f}) {
            assertThat(Bfloat16.round(f)).isEqualTo(f);
        }
    }
}
