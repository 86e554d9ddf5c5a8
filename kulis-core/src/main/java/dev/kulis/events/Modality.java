package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;
import java.util.Set;

/** Whether an event was done, will be done, is planned or was not done, read from the verb's morphology. */
final class Modality {
    private static final Set<String> PLAN_VERBS = Set.of("planla", "hazırlan", "öngör", "niyetlen");
    private static final Set<String> READY = EventAnnotator.words("readiness-words.txt");

    private Modality() {
    }

    /** Modality from the verb's analysis: negation, future (also the future participle), wishes and necessity. */
    static String of(Token v) {
        if (ArticleIndex.hasTag(v, "NEG")) {
            return "negated";
        }
        if (ArticleIndex.hasTag(v, "FUT") || ArticleIndex.hasTag(v, "FUTPART")) {
            return "future";
        }
        if (ArticleIndex.hasTag(v, "NEC") || ArticleIndex.hasTag(v, "NECES") || ArticleIndex.hasTag(v, "OPT") || ArticleIndex.hasTag(v, "DESR")
                || ArticleIndex.hasTag(v, "IMP")) {
            return "planned";
        }
        return "past";
    }

    /** A verb of planning right after the event verb (… planlıyor, … hazırlanıyor): planned, not done. */
    static boolean plannedAfter(ArticleIndex ix, int verb, int end) {
        return verb + 1 < end && PLAN_VERBS.contains(ix.root(verb + 1));
    }

    /** A readiness word after a dative verbal noun (desteği vermeye hazır, görüşmeye istekli): planned, not done. */
    static boolean ready(ArticleIndex ix, int next) {
        return READY.contains(ix.key(next)) || READY.contains(ix.root(next));
    }

    /**
     * The modality of the auxiliary ol after the verb (ziyaret etmiş olacak: future), or null when none follows or it
     * tells nothing beyond the past.
     */
    static String auxiliary(ArticleIndex ix, int verb, int end) {
        if (verb + 1 >= end || !"ol".equals(ix.root(verb + 1)) || !Verbs.isVerb(ix.tokens().get(verb + 1))) {
            return null;
        }
        String m = of(ix.tokens().get(verb + 1));
        return "past".equals(m) ? null : m;
    }

    /**
     * A step before a later one (ziyaret ettikten sonra Ankara'ya geçecek): the participle in the ablative with
     * sonra takes the modality of the verb it leads to when that is yet to come; null otherwise.
     */
    static String stepBefore(ArticleIndex ix, int verb, int end) {
        String a = ix.tokens().get(verb).morph().analysis();
        if (!a.contains("PART") || !a.contains("ABL") || verb + 1 >= end || !"sonra".equals(ix.key(verb + 1))) {
            return null;
        }
        int k = Verbs.nextLed(ix, verb + 2, end);
        String m = k < 0 ? null : of(ix.tokens().get(k));
        return "future".equals(m) || "planned".equals(m) ? m : null;
    }
}
