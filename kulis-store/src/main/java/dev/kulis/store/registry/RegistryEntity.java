package dev.kulis.store.registry;

import java.util.Arrays;

/**
 * One archive-wide entity as the registry holds it (mutable, guarded by the registry's lock). Full-name people
 * also keep a bounded profile, the evidence short forms are matched against: offices and affiliations (as
 * numbers of the registry's string pool) and the entities most often named with them (as entity numbers).
 */
final class RegistryEntity {
    static final int MAX_ALIASES = 8;
    static final int MAX_OFFICES = 6;
    static final int MAX_AFFILIATIONS = 6;
    static final int MAX_COMENTIONS = 16;
    private static final String[] NONE = new String[0];

    final String id;
    final Kind kind;
    String name;
    String[] aliases = NONE;
    int seen;
    /** Null unless a person named by at least two words. */
    final BoundedCounts offices;
    final BoundedCounts affiliations;
    final BoundedCounts comentions;

    RegistryEntity(String id, Kind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        boolean profiled = kind == Kind.PERSON && fullName();
        offices = profiled ? new BoundedCounts(MAX_OFFICES) : null;
        affiliations = profiled ? new BoundedCounts(MAX_AFFILIATIONS) : null;
        comentions = profiled ? new BoundedCounts(MAX_COMENTIONS) : null;
    }

    /** The slug of the id: {@code per:ahmet-davutoglu} → {@code ahmet-davutoglu}. */
    String slug() {
        return id.substring(kind.prefix.length());
    }

    /** True for a person id of two words or more (a full name, as opposed to a bare surname). */
    boolean fullName() {
        return id.indexOf('-', kind.prefix.length()) > 0;
    }

    String lastWord() {
        String s = slug();
        return s.substring(s.lastIndexOf('-') + 1);
    }

    boolean profiled() {
        return comentions != null;
    }

    /** Adds a display form unless the entity already has one of the same slug; false when nothing changed. */
    boolean addAlias(String alias) {
        String slug = NameForms.slug(alias);
        if (slug.equals(NameForms.slug(name)) || aliases.length >= MAX_ALIASES) {
            return false;
        }
        for (String a : aliases) {
            if (NameForms.slug(a).equals(slug)) {
                return false;
            }
        }
        aliases = Arrays.copyOf(aliases, aliases.length + 1);
        aliases[aliases.length - 1] = alias;
        return true;
    }
}
