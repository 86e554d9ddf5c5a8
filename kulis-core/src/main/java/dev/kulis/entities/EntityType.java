package dev.kulis.entities;

/** The entity types of the annotate contract, and the short tags the taggers and CoNLL files use. */
public enum EntityType {
    PERSON("PER"),
    ORGANIZATION("ORG"),
    LOCATION("LOC"),
    DATE("DATE"),
    TIME("TIME"),
    MONEY("MONEY"),
    PERCENT("PERCENT");

    private final String tag;

    EntityType(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** A person, organisation or place: a name, as opposed to a date, time or amount. */
    public boolean isName() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION;
    }

    /** The type of a BIO tag's label ({@code PER}, {@code PERSON}, {@code GPE} …), or null for other labels. */
    public static EntityType ofTag(String label) {
        switch (label) {
            case "PER":
            case "PERSON":
                return PERSON;
            case "ORG":
            case "ORGANIZATION":
                return ORGANIZATION;
            case "LOC":
            case "LOCATION":
            case "GPE":
                return LOCATION;
            default:
                for (EntityType t : values()) {
                    if (t.tag.equals(label)) {
                        return t;
                    }
                }
                return null;
        }
    }
}
