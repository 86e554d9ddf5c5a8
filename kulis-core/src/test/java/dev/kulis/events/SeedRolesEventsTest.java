package dev.kulis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kulis.eval.SharedData;
import dev.kulis.model.Article;
import dev.kulis.model.Event;
import dev.kulis.model.Relation;
import dev.kulis.model.Role;
import dev.kulis.roles.Stories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference article's gold roles, relations and events. Skipped without the shared seed. */
class SeedRolesEventsTest {
    @Test
    void goldRolesRelationsAndEvents() throws IOException {
        Optional<Path> seed = SharedData.shared("seed/izmir-2019-01-soyer-kocaoglu.txt");
        Optional<Path> gold = SharedData.shared("gold/seed.gold.json");
        assumeTrue(seed.isPresent() && gold.isPresent(), "no shared seed");
        Article a = Stories.annotate("seed", Files.readString(seed.get(), StandardCharsets.UTF_8));
        String office = "İzmir Büyükşehir Belediye Başkanı";
        assertThat(a.roles()).anySatisfy(r -> assertRole(r, "Tunç Soyer", office, "candidate", "CHP"));
        assertThat(a.roles()).anySatisfy(r -> assertRole(r, "Nihat Zeybekci", office, "candidate", "AK Parti"));
        assertThat(a.roles()).anySatisfy(r -> assertRole(r, "Aziz Kocaoğlu", office, "incumbent", null));

        assertThat(a.relations()).anySatisfy(r -> assertRel(r, "spouse", "Tunç Soyer", "Neptün Soyer"));
        assertThat(a.relations()).anySatisfy(r -> assertRel(r, "spouse", "Aziz Kocaoğlu", "Türkegül Kocaoğlu"));
        assertThat(a.relations()).anySatisfy(r -> assertRel(r, "member_of", "Tunç Soyer", "CHP"));
        assertThat(a.relations()).anySatisfy(r -> assertRel(r, "member_of", "Nihat Zeybekci", "AK Parti"));
        assertThat(a.relations()).anySatisfy(r -> assertRel(r, "reporter_of", "Umut Karakoyun", "DOCUMENT"));

        assertThat(a.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("visit");
            assertThat(e.participants()).extracting(p -> p.name())
                    .contains("Tunç Soyer", "Neptün Soyer", "Aziz Kocaoğlu");
        });
        assertThat(a.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("support_pledge");
            assertThat(e.participants()).extracting(p -> p.name()).contains("Aziz Kocaoğlu", "Tunç Soyer");
        });
        assertThat(a.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("planned_invitation");
            assertThat(e.modality()).isEqualTo("future");
            assertThat(e.participants()).extracting(p -> p.name()).contains("Tunç Soyer", "Nihat Zeybekci");
            assertThat(e.place()).isEqualTo("Kemeraltı");
        });
        assertThat(a.events()).filteredOn(e -> e.type().equals("election")).extracting(Event::time)
                .containsExactly("2019-03-31");
    }

    private static void assertRole(Role r, String person, String office, String status, String party) {
        assertThat(r.person().name()).isEqualTo(person);
        assertThat(r.office()).isEqualTo(office);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.party() == null ? null : r.party().name()).isEqualTo(party);
    }

    private static void assertRel(Relation r, String type, String x, String y) {
        assertThat(r.type()).isEqualTo(type);
        assertThat(r.a().name()).isEqualTo(x);
        assertThat(r.b().name()).isEqualTo(y);
    }
}
