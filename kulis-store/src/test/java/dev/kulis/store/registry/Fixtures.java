package dev.kulis.store.registry;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Mention;
import dev.kulis.model.Metadata;
import dev.kulis.model.Role;
import java.util.ArrayList;
import java.util.List;

/** Articles built by hand (fictional names), so registry tests do not depend on what the taggers read. */
final class Fixtures {
    private final String id;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();

    private Fixtures(String id) {
        this.id = id;
    }

    static Fixtures article(String id) {
        return new Fixtures(id);
    }

    Fixtures person(String name) {
        return entity("PERSON", name, List.of());
    }

    Fixtures org(String name, String... aliases) {
        return entity("ORGANIZATION", name, List.of(aliases));
    }

    Fixtures place(String name) {
        return entity("LOCATION", name, List.of());
    }

    Fixtures date(String text) {
        return entity("DATE", text, List.of());
    }

    /** A role of the person last added (or named), with an office and optionally a party entity of the article. */
    Fixtures role(String person, String office, String party) {
        EntityRef p = ref(person);
        EntityRef pt = party == null ? null : ref(party);
        roles.add(new Role(0, 1, office + " " + person, p, office, null, "incumbent", pt));
        return this;
    }

    private EntityRef ref(String name) {
        for (Entity e : entities) {
            if (e.name().equals(name)) {
                return new EntityRef(e.id(), e.name());
            }
        }
        throw new IllegalArgumentException("no entity " + name + " in " + id);
    }

    private Fixtures entity(String type, String name, List<String> aliases) {
        Mention m = new Mention(0, 1, name, name, type, null, 0.9);
        entities.add(new Entity("e" + entities.size(), type, name, aliases, List.of(m)));
        return this;
    }

    Article build() {
        return new Article(id, "x", Metadata.empty(), List.of(), List.of(), List.of(), entities, List.of(), roles,
                List.of(), List.of(), List.of());
    }
}
