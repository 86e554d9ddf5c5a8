package dev.kulis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import dev.kulis.text.TurkishTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One-word "persons" before a place's office become places; real persons stay (fictional names). */
class PlaceOfficesTest {
    private static Mention person(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(at, at + name.length(), name, name, EntityType.PERSON.name(), "Nom", 0.9);
    }

    private static List<String> types(String text, Mention... ms) {
        List<Token> tokens = new TurkishTokenizer().tokenize(text);
        List<String> out = new ArrayList<>();
        for (Mention m : new PlaceOffices(new Surnames(new NameParticles(), Set.of("bey", "hanım"))).retype(List.of(ms), tokens)) {
            out.add(m.text() + ":" + m.type());
        }
        return out;
    }

    @Test
    void aNameBeforeAnOfficeOfItsPlaceIsThePlace() {
        String t = "Törene Yeşilova Kaymakamı ile Akçaköy Muhtarı da katıldı.";
        assertThat(types(t, person(t, "Yeşilova"), person(t, "Akçaköy")))
                .containsExactly("Yeşilova:LOCATION", "Akçaköy:LOCATION");
        String u = "Soruyu Karabel Milletvekili Nail Oran yanıtladı.";
        assertThat(types(u, person(u, "Karabel"), person(u, "Nail Oran")))
                .containsExactly("Karabel:LOCATION", "Nail Oran:PERSON");
    }

    @Test
    void personsStayPersons() {
        // a comma makes an apposition; a lower-case word is no office; a surname of a full name stays a person
        String t = "Oran, Valisi olduğu kente döndü. Sevim Tekin ile Tekin Belediye işlerini konuştu.";
        assertThat(types(t, person(t, "Oran"), person(t, "Sevim Tekin"),
                new Mention(t.indexOf("Tekin Belediye"), t.indexOf("Tekin Belediye") + 5, "Tekin", "Tekin",
                        EntityType.PERSON.name(), "Nom", 0.9)))
                .containsExactly("Oran:PERSON", "Sevim Tekin:PERSON", "Tekin:PERSON");
        String u = "Kaan valisi olmayan bir ilden söz etti.";
        assertThat(types(u, person(u, "Kaan"))).containsExactly("Kaan:PERSON");
    }
}
