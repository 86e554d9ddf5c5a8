package dev.kulis.store.registry;

/** The entity types the registry keeps, each with the prefix of its ids ({@code per:ahmet-davutoglu}). */
enum Kind {
    PERSON("per:"),
    ORGANIZATION("org:"),
    LOCATION("loc:");

    final String prefix;

    Kind(String prefix) {
        this.prefix = prefix;
    }

    /** The kind of an annotate entity type, or null for types the registry does not keep (DATE, MONEY, …). */
    static Kind of(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "LOC" -> LOCATION;
            default -> null;
        };
    }

    static Kind ofId(String id) {
        for (Kind k : values()) {
            if (id.startsWith(k.prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a registry id: " + id);
    }

    String id(String slug) {
        return prefix + slug;
    }
}
