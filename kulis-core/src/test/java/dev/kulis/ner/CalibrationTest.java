package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void confidencesThatMatchTheShareRightHaveNoError() {
        Calibration c = new Calibration();
        for (int i = 0; i < 10; i++) {
            c.add(0.95, i < 9); // 9 of 10 right at 0.95
            c.add(0.35, i < 3);
        }
        // bin 0.9–1.0: |9.5 - 9| ; bin 0.3–0.4: |3.5 - 3|; over 20 names
        assertThat(c.expectedError()).isCloseTo(0.05, within(1e-9));
        assertThat(c.report()).contains("20 found names").contains("confidence ≥ 0.9: 50.0% of the names, precision 90.00");
    }
}
