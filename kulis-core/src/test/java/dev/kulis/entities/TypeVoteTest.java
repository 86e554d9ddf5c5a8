package dev.kulis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One name, one type within an article (fictional names). */
class TypeVoteTest {
    private static int at;

    private static Mention m(String text, String base, EntityType type) {
        return m(text, base, type, null);
    }

    private static Mention m(String text, String base, EntityType type, String grammaticalCase) {
        at += 20;
        return new Mention(at, at + text.length(), text, base, type.name(), grammaticalCase, 0.9);
    }

    private static List<String> vote(Mention... ms) {
        List<String> out = new ArrayList<>();
        for (Mention x : new TypeVote(new OrganizationAliases(), new OrganizationHeads(),
                new Surnames(new NameParticles(), Set.of("bey", "hanım"))).apply(List.of(ms))) {
            out.add(x.text() + ":" + x.type().charAt(0));
        }
        return out;
    }

    @Test
    void aClearMajorityOfOrganisationsOrPlacesDecides() {
        assertThat(vote(m("Tuzbank'ın", "Tuzbank", EntityType.ORGANIZATION), m("Tuzbank", "Tuzbank",
                EntityType.ORGANIZATION), m("Tuzbank'tan", "Tuzbank", EntityType.LOCATION)))
                .containsExactly("Tuzbank'ın:O", "Tuzbank:O", "Tuzbank'tan:O");
        assertThat(vote(m("Velora'da", "Velora", EntityType.LOCATION), m("Velora", "Velora", EntityType.LOCATION),
                m("Velora'nın", "Velora", EntityType.PERSON)))
                .containsExactly("Velora'da:L", "Velora:L", "Velora'nın:L");
    }

    @Test
    void tiesAndPersonMajoritiesStayAsTagged() {
        assertThat(vote(m("Karsel", "Karsel", EntityType.ORGANIZATION), m("Karsel'le", "Karsel", EntityType.PERSON)))
                .containsExactly("Karsel:O", "Karsel'le:P");
        // a person majority is never imposed: "Tekinköy'de" keeps its place reading
        assertThat(vote(m("Tekinköy", "Tekinköy", EntityType.PERSON), m("Tekinköy", "Tekinköy", EntityType.PERSON),
                m("Tekinköy'de", "Tekinköy", EntityType.LOCATION)))
                .containsExactly("Tekinköy:P", "Tekinköy:P", "Tekinköy'de:L");
        // 3 against 2 is no clear majority
        assertThat(vote(m("Ova", "Ova", EntityType.LOCATION), m("Ova", "Ova", EntityType.LOCATION),
                m("Ova", "Ova", EntityType.LOCATION), m("Ova'yı", "Ova", EntityType.ORGANIZATION),
                m("Ova'ya", "Ova", EntityType.ORGANIZATION))).extracting(s -> s.substring(s.length() - 1))
                .containsExactly("L", "L", "L", "O", "O");
    }

    @Test
    void aPartyAbbreviationIsAnOrganisation() {
        // the alias lexicon expands the abbreviation to a name ending in "Partisi"; ABD (a country) is left alone
        assertThat(vote(m("CHP'nin", "CHP", EntityType.LOCATION), m("ABD", "ABD", EntityType.LOCATION)))
                .containsExactly("CHP'nin:O", "ABD:L");
    }

    @Test
    void aPlaceThatIsTheSurnameOfAPersonInTheArticleIsThatPerson() {
        assertThat(vote(m("Derin Kayalar", "Derin Kayalar", EntityType.PERSON),
                m("Kayalar", "Kayalar", EntityType.LOCATION, "Nom"),
                m("Kayalar'ın", "Kayalar", EntityType.LOCATION, "Gen")))
                .containsExactly("Derin Kayalar:P", "Kayalar:P", "Kayalar'ın:P");
        assertThat(vote(m("Nuri el-Tarsa", "Nuri el-Tarsa", EntityType.PERSON),
                m("Tarsa", "Tarsa", EntityType.LOCATION, "Nom")))
                .containsExactly("Nuri el-Tarsa:P", "Tarsa:P");
        // a place case anywhere keeps the place: Selim Akova and the town of Akova
        assertThat(vote(m("Selim Akova", "Selim Akova", EntityType.PERSON),
                m("Akova", "Akova", EntityType.LOCATION, "Nom"), m("Akova'da", "Akova", EntityType.LOCATION, "Loc")))
                .containsExactly("Selim Akova:P", "Akova:L", "Akova'da:L");
        // an organisation named after its founder stays an organisation
        assertThat(vote(m("Orhan Tekel", "Orhan Tekel", EntityType.PERSON),
                m("Tekel", "Tekel", EntityType.ORGANIZATION, "Nom")))
                .containsExactly("Orhan Tekel:P", "Tekel:O");
    }
}
