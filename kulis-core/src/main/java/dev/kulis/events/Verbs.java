package dev.kulis.events;

import dev.kulis.model.Token;

/** Readings of a token the event layer asks about: a verb, a finite verb, a third-person possessive. */
final class Verbs {
    private Verbs() {
    }

    static boolean isVerb(Token t) {
        return t.morph() != null && t.morph().analysis() != null && t.morph().analysis().contains("+VERB");
    }

    /** A finite verb ends a clause: a verb reading with no participle or verbal-noun derivation. */
    static boolean finite(Token t) {
        if (!isVerb(t)) {
            return false;
        }
        String a = t.morph().analysis();
        return !a.contains("PART") && !a.contains("^DB+NOUN") && !a.contains("^DB+ADJ") && !a.contains("^DB+ADV");
    }

    static boolean possessed(Token t) {
        String a = t.morph() == null ? null : t.morph().analysis();
        return a != null && (a.contains("+P3SG") || a.contains("+P3PL"));
    }
}
