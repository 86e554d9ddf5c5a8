package dev.kulis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Person ranges over name particles (fictional names). */
class NameParticlesTest {
    private final NameParticles p = new NameParticles();

    private int end(String sentence, int from, int to) {
        return p.extend(List.of(sentence.split(" ")), from, to);
    }

    @Test
    void particlesAndHyphenOnlyParticles() {
        assertThat(end("Başkan Nuri el - Tarsa geldi", 1, 3)).isEqualTo(5);     // Nuri el | - Tarsa
        assertThat(end("Başkan Nuri el - Tarsa geldi", 1, 2)).isEqualTo(5);     // Nuri | el - Tarsa
        assertThat(end("Emir Hamad bin Selman geldi", 1, 2)).isEqualTo(4);     // Hamad | bin Selman
        assertThat(end("Bakan Abdulkerim Es - Sarem dedi", 1, 2)).isEqualTo(5); // es only before a hyphen
        assertThat(end("Ahmet en Büyük ödülü aldı", 0, 1)).isEqualTo(1);        // en alone is a word
        assertThat(end("Ali el sıkıştı", 0, 1)).isEqualTo(1);                   // el (hand) before a verb
        assertThat(p.start(List.of("dedi", "el", "-", "Tarsa"), 3)).isEqualTo(1);
        assertThat(p.nameWord("el-tarsa")).isEqualTo("tarsa");
        assertThat(p.nameWord("es-sarem")).isEqualTo("sarem");
        assertThat(p.nameWord("bin")).isNull();
        assertThat(p.nameWord("yıldız")).isEqualTo("yıldız");
    }
}
