package dev.kulis.ner;

import java.util.List;

/**
 * The BIO label set of the tagger (PER, ORG, LOC) as small integers, and the transitions BIO allows:
 * {@code I-X} only continues a {@code B-X} or {@code I-X}.
 */
public final class NerLabels {
    public static final List<String> NAMES = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC");
    public static final int COUNT = NAMES.size();
    public static final int O = 0;

    private NerLabels() {
    }

    public static String name(int label) {
        return NAMES.get(label);
    }

    /**
     * The label index of a CoNLL tag; types outside PER/ORG/LOC (and their OntoNotes spellings PERSON,
     * ORGANIZATION, GPE, LOCATION) become O.
     */
    public static int of(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return O;
        }
        int type = switch (tag.substring(2)) {
            case "PER", "PERSON" -> 0;
            case "ORG", "ORGANIZATION" -> 1;
            case "LOC", "LOCATION", "GPE" -> 2;
            default -> -1;
        };
        if (type < 0) {
            return O;
        }
        return switch (tag.charAt(0)) {
            case 'B' -> 1 + 2 * type;
            case 'I' -> 2 + 2 * type;
            default -> O;
        };
    }

    public static boolean isInside(int label) {
        return label != O && label % 2 == 0;
    }

    /** The {@code I-} label of the entity type of {@code label} (which must not be O). */
    public static int inside(int label) {
        return isInside(label) ? label : label + 1;
    }

    /** Whether {@code cur} may follow {@code prev}; {@code prev < 0} is the sentence start. */
    public static boolean allowed(int prev, int cur) {
        if (!isInside(cur)) {
            return true;
        }
        return prev >= 0 && prev != O && inside(prev) == cur;
    }
}
