package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;
import java.util.Map;

/** Genitives of a clause and the possessed words they pair with: who is the subject of which verb. */
final class Genitives {
    private Genitives() {
    }

    /**
     * Pairs each genitive of the clause with the possessed word it belongs to, innermost first, as Turkish nests
     * them: {@code Bakanlığı'nın … Fransa'nın … operasyonunu eleştirdiğini} pairs Fransa'nın with operasyonunu and
     * leaves Bakanlığı'nın to the verb (its subject), while {@code Soyer'in seçim çalışmasına … vereceklerini} leaves
     * the verb none. Words of a title (Dışişleri Bakanı, ABD'nin Ankara Büyükelçisi) are compounds of their own and
     * take no part. Keys are the genitives' last tokens; a genitive left for a possessed participle verb pairs with it.
     */
    static Map<Integer, Integer> pairs(ArticleIndex ix, int from, int verb, boolean[] titled) {
        Map<Integer, Integer> pairs = new java.util.HashMap<>();
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int k = from; k < verb; k++) {
            if (titled[k]) {
                continue;
            }
            Token t = ix.tokens().get(k);
            ArticleIndex.Located m = ix.endingAt(k);
            // a word inside a name is no genitive of its own (Selin read as sel+GEN in Selin Aydemir)
            boolean gen = m != null ? m.genitive() : !ix.inMention(k) && "Gen".equals(ArticleIndex.grammaticalCase(t));
            if (Verbs.possessed(t) && !open.isEmpty() && (m == null || m.first() == k)) {
                pairs.put(open.pop(), k);
            }
            if (gen) {
                open.push(k);
            }
        }
        Token v = ix.tokens().get(verb);
        if (!open.isEmpty() && v.morph().analysis().contains("PART") && Verbs.possessed(v)) {
            pairs.put(open.pop(), verb);
        }
        return pairs;
    }

    /** A genitive mention paired with another participle: the subject of a relative clause, not of the event. */
    static boolean otherVerbsSubject(ArticleIndex ix, ArticleIndex.Located m, Map<Integer, Integer> pairs, int verb) {
        Integer to = pairs.get(m.last());
        return to != null && to != verb && Verbs.isVerb(ix.tokens().get(to)) && ix.tokens().get(to).morph().analysis().contains("PART");
    }

    /** Tokens of role titles (not their person): compounds that pair with no genitive of the clause. */
    static boolean[] titleWords(ArticleIndex ix) {
        boolean[] titled = new boolean[ix.tokens().size()];
        for (dev.kulis.model.Role r : ix.article().roles()) {
            int f = ix.tokenAt(r.start());
            int l = ix.tokenAt(r.end() - 1);
            for (int k = f; k >= 0 && k <= l; k++) {
                ArticleIndex.Located m = ix.startingAt(k);
                if (m != null && m.is("PERSON")) {
                    k = m.last();
                } else {
                    titled[k] = true;
                }
            }
        }
        return titled;
    }
}
