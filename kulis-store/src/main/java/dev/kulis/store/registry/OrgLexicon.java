package dev.kulis.store.registry;

import dev.kulis.entities.EntityType;
import dev.kulis.lexicon.DataLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity layer's {@code organization-aliases.txt} ({@code CHP | Cumhuriyet Halk Partisi}), read from its
 * resources (not copied), keyed by slug. Across the archive an organisation is named by its longest name, so
 * its id spells it out ({@code org:cumhuriyet-halk-partisi}) whichever form an article used.
 */
final class OrgLexicon {
    /** One organisation: its longest name (the display name and id) and all its names. */
    record Entry(String name, List<String> names) {
        String slug() {
            return NameForms.slug(name);
        }
    }

    private final Map<String, Entry> bySlug = new HashMap<>();

    OrgLexicon() {
        for (String line : DataLines.read(EntityType.class, "organization-aliases.txt")) {
            List<String> names = List.of(line.strip().split("\\s*\\|\\s*"));
            String longest = names.get(0);
            for (String n : names) {
                if (n.length() > longest.length()) {
                    longest = n;
                }
            }
            Entry e = new Entry(longest, names);
            for (String n : names) {
                bySlug.putIfAbsent(NameForms.slug(n), e);
            }
        }
    }

    /** The organisation one of whose names has this slug, or null. */
    Entry bySlug(String slug) {
        return bySlug.get(slug);
    }
}
