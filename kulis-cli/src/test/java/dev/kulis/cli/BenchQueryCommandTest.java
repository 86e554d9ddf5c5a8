package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchQueryCommandTest {
    @Test
    void aNameMatchesInAnyCaseLettersAndSuffix() {
        Pattern p = BenchQueryCommand.anyForm("Kılıçoğlu");
        for (String s : new String[] {"Kılıçoğlu", "KILIÇOĞLU'NUN", "kilicoglu", "Kılıçoğlu’na", "kılıçoğluna",
                "(Kilicoglu)"}) {
            assertThat(p.matcher(s).find()).as(s).isTrue();
        }
        for (String s : new String[] {"Kılıç", "AKılıçoğlu", "Kılıçoğl"}) {
            assertThat(p.matcher(s).find()).as(s).isFalse();
        }
    }

    @Test
    void theQuerySetHasAHundredQueries() {
        assertThat(BenchQuerySet.queries()).hasSize(100);
    }
}
