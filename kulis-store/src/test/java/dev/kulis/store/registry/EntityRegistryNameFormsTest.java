package dev.kulis.store.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.text.TurkishCase;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EntityRegistryNameFormsTest {
    private static final String LETTERS = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ";

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(12);
        return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.strings().withChars("abcçdeğıilmnoöprsştuüyz").ofMinLength(1).ofMaxLength(6);
    }

    @Property
    void slugIsLowerCaseAsciiAndStable(@ForAll("names") String name) {
        String slug = NameForms.slug(name);
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(NameForms.slug(slug)).isEqualTo(slug);
    }

    @Property
    void caseDoesNotChangeTheSlug(@ForAll("names") String name) {
        assertThat(NameForms.slug(TurkishCase.upper(name))).isEqualTo(NameForms.slug(name));
        assertThat(NameForms.slug(TurkishCase.lower(name))).isEqualTo(NameForms.slug(name));
    }

    @Property
    void anApostropheSuffixDoesNotChangeTheSlug(@ForAll("names") String name, @ForAll("suffixes") String suffix) {
        assertThat(NameForms.slug(name + "'" + suffix)).isEqualTo(NameForms.slug(name));
        assertThat(NameForms.slug(name + "’" + suffix)).isEqualTo(NameForms.slug(name));
    }

    @Test
    void foldsTurkishLettersAndDottedCapitals() {
        assertThat(NameForms.slug("İZMİR")).isEqualTo("izmir");
        assertThat(NameForms.slug("IŞIK")).isEqualTo("isik");
        assertThat(NameForms.slug("Ahmet Davutoğlu'nun")).isEqualTo("ahmet-davutoglu");
        assertThat(NameForms.slug("Türk-Yunan")).isEqualTo("turk-yunan");
        assertThat(NameForms.slug("Renée Çelik")).isEqualTo("renee-celik");
        assertThat(NameForms.slug("!!")).isEqualTo("entity");
    }

    @Test
    void courtesyWordsLeaveAPersonsNameButNotALoneWord() {
        assertThat(NameForms.personWords("Kerem bey")).containsExactly("kerem");
        assertThat(NameForms.personWords("Ayşe Hanım'a")).containsExactly("ayse");
        assertThat(NameForms.personWords("Hoca")).containsExactly("hoca");
        assertThat(NameForms.hasHonorific("Kerem beyin")).isFalse(); // the entity layer gives "Kerem bey"
        assertThat(NameForms.hasHonorific("Kerem bey")).isTrue();
        assertThat(NameForms.hasHonorific("Kerem Yalçınkaya")).isFalse();
    }

    @Test
    void displayNamesLoseSuffixesAndCourtesyWords() {
        assertThat(NameForms.display("Kerem Yalçınkaya'nın", true)).isEqualTo("Kerem Yalçınkaya");
        assertThat(NameForms.display("Kerem bey", true)).isEqualTo("Kerem");
        assertThat(NameForms.display("Tuna O'Neill", true)).isEqualTo("Tuna O'Neill");
        assertThat(NameForms.display("Cumhuriyet Halk Partisi'ne", false)).isEqualTo("Cumhuriyet Halk Partisi");
        assertThat(NameForms.words("Yalçınkaya'ya ve Işık")).isEqualTo(List.of("yalcinkaya", "ve", "isik"));
    }
}
