package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;
import java.util.Set;

/** Whether an event was done, will be done, is planned or was not done, read from the verb's morphology. */
final class Modality {
    private static final Set<String> PLAN_VERBS = Set.of("planla", "hazırlan", "öngör", "niyetlen");

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
}
