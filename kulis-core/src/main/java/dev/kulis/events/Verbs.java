package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;

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

    /** A converb (görüşüp, görüşerek, görüşünce): an adverb derived from the verb. */
    static boolean converb(Token t) {
        return isVerb(t) && t.morph().analysis().contains("^DB+ADV");
    }

    /** The first finite verb in {@code [from, end)} outside names, or -1. */
    static int nextFinite(ArticleIndex ix, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!ix.inMention(k) && finite(ix.tokens().get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first verb in {@code [from, end)} outside names that a converb leads to: finite, or a participle or verbal
     * noun of a complement (görüşerek … arayacaklarını belirtti), not another converb; -1 when there is none.
     */
    static int nextLed(ArticleIndex ix, int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = ix.tokens().get(k);
            if (!ix.inMention(k) && isVerb(t) && !converb(t)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A subject participle standing for whoever does it: made a noun (eleştirenler, kutlayanlar) or followed by no
     * noun but a particle (eleştiren de var).
     */
    static boolean genericParticiple(ArticleIndex ix, int verb, int end) {
        String a = ix.tokens().get(verb).morph().analysis();
        if (!a.contains("PRESPART")) {
            return false;
        }
        if (a.contains("PRESPART^DB+NOUN")) {
            return true;
        }
        String next = verb + 1 < end ? ix.key(verb + 1) : "";
        return GENERIC_AFTER.contains(next);
    }

    private static final java.util.Set<String> GENERIC_AFTER = java.util.Set.of("de", "da", "var", "yok", "çok");

    static boolean possessed(Token t) {
        String a = t.morph() == null ? null : t.morph().analysis();
        return a != null && (a.contains("+P3SG") || a.contains("+P3PL"));
    }
}
