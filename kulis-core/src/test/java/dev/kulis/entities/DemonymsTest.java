package dev.kulis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Mention;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Nationality words are no entities, surnames and suffixed names stay (fictional people). */
class DemonymsTest {
    private static Mention m(int at, String text, String base, EntityType type) {
        return new Mention(at, at + text.length(), text, base, type.name(), "Nom", 0.9);
    }

    @Test
    void groupWordsGoNamesStay() {
        List<Mention> in = List.of(m(0, "Özbek", "Özbek", EntityType.PERSON),
                m(10, "Kazak", "Kazak", EntityType.LOCATION),
                m(20, "Selin Gürcü", "Selin Gürcü", EntityType.PERSON),
                m(40, "Gürcü", "Gürcü", EntityType.PERSON),
                m(50, "Tatar'dan", "Tatar", EntityType.PERSON),
                m(70, "Kazak Ovası", "Kazak Ovası", EntityType.LOCATION));
        assertThat(new Demonyms(new Surnames(new NameParticles(), Set.of("bey", "hanım"))).drop(in)).extracting(Mention::text)
                .containsExactly("Selin Gürcü", "Gürcü", "Tatar'dan", "Kazak Ovası");
    }
}
