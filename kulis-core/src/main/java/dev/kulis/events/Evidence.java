package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import java.util.List;
import java.util.Set;

/**
 * The evidence gate of an event verb: whether its clause asserts that something happened (or is announced), read
 * from Turkish grammar rather than from phrases of any one story. A clause that only supposes, asks, alleges, repeats
 * out of habit or speaks to an addressee tells no event: a conditional ({@code görüşürse}, {@code görüştüğü
 * takdirde}), a possibility ({@code görüşebilir}), a yes/no question ({@code görüşüp görüşmediğini}), a converb of
 * manner or condition ({@code görüşmedikçe}, {@code görüşmeden}, {@code görüşüyormuşçasına}), an allegation or
 * likeness after the verb ({@code görüştüğü iddiası}, {@code görüşmüş gibi}, {@code görüştüğü yönünde}), a complement
 * of a verb of belief, expectation, asking or denial ({@code görüşeceğini düşünmüyorum}, {@code görüştüğünü
 * yalanladı}), a frequency adverb or the third-person aorist ({@code her gün görüşür}), a second-person verb ({@code
 * destek vereceksiniz}).
 */
final class Evidence {
    private Evidence() {
    }

    /** Converbs that tell no event: as long as (-dikçe), without (-meden), as if (-mişçesine). */
    private static final Set<String> NO_EVENT_CONVERBS = Set.of("ASLONGAS", "WITHOUTHAVINGDONESO", "ASIF");
    /** Words right after the verb that make its clause a supposition, a likeness or a hearsay. */
    private static final Set<String> HEDGE_NEXT = Set.of("gibi", "halinde", "hâlinde", "takdirde", "durumunda",
            "yönünde", "yönündeki", "diye");
    private static final Set<String> CONDITION_NOUNS = Set.of("halinde", "hâlinde", "takdirde", "durumunda");
    /** Roots a few words after the verb that make it an allegation or a likelihood. */
    private static final Set<String> HEDGE_ROOTS = Set.of("iddia", "ihtimal", "olasılık", "olası", "söylenti",
            "kuşku", "şüphe", "spekülasyon", "rivayet", "öne", "ileri", "haber");
    /** Verbs whose complement is believed, hoped, expected, asked or denied, not asserted. */
    private static final Set<String> NON_ASSERTIVE = Set.of("düşün", "san", "zannet", "um", "bekle", "beklen",
            "sor", "merak", "tahmin", "inan", "yalanla", "reddet", "iddia", "ihtimal", "kuşku", "şüphe", "tartış",
            "araştır", "incele", "öngör");
    private static final Set<String> FREQUENCY_WORDS = Set.of("genellikle", "daima", "sürekli", "bazen", "sıklıkla",
            "çoğunlukla", "hep", "sık");
    private static final Set<String> FREQUENCY_PAIRS = Set.of("her gün", "her hafta", "her ay", "her yıl",
            "her sene", "her zaman", "zaman zaman", "sık sık", "kimi zaman", "çoğu zaman", "ara sıra", "her fırsatta");

    /**
     * Why the clause of the event verb asserts nothing, or null when it asserts: {@code first} is the phrase's
     * first token, {@code verb} its verb, {@code from} the clause start, {@code sentence} and {@code end} the
     * sentence's first token and end.
     */
    static String unasserted(ArticleIndex ix, int sentence, int from, int first, int verb, int end) {
        List<Token> toks = ix.tokens();
        Token v = toks.get(verb);
        String a = v.morph().analysis();
        if (ArticleIndex.hasTag(v, "COND") || Verbs.finite(v) && ArticleIndex.hasTag(v, "DESR")) {
            // görüşürse; Başbakanla görüşsek, derdimizi anlatırız: a condition or a wish
            return "conditional";
        }
        if (ArticleIndex.hasTag(v, "ABLE") && !ArticleIndex.hasTag(v, "PAST") && !ArticleIndex.hasTag(v, "NARR")
                && !ArticleIndex.hasTag(v, "NEG")) {
            // görüşebilir, görüşebilecek: possible, not done (görüşebildi, görüşemedi are done or not)
            return "possibility";
        }
        for (String c : NO_EVENT_CONVERBS) {
            if (ArticleIndex.hasTag(v, c)) {
                return "converb";
            }
        }
        if (Verbs.finite(v) && (a.contains("A2SG") || a.contains("A2PL"))) {
            return "addressee";
        }
        if (Verbs.finite(v) && ArticleIndex.hasTag(v, "PROG1") && ArticleIndex.hasTag(v, "PAST")) {
            // amcalarıyla görüşüyordum: the past progressive tells a habit or a background, no one event
            return "habitual";
        }
        if (Verbs.finite(v) && ArticleIndex.hasTag(v, "AOR") && !firstPerson(a)) {
            // ziyaret eder, destek verir: what one does as a rule, not what happened
            return "habitual";
        }
        if (conditionBefore(ix, sentence, verb)) {
            return "conditional";
        }
        if (yesNo(ix, first, verb, end)) {
            return "question";
        }
        if (verb + 1 < end && HEDGE_NEXT.contains(ix.key(verb + 1))) {
            return "hedge";
        }
        for (int j = verb + 1; j < end && j <= verb + 3; j++) {
            if (toks.get(j).kind() != TokenKind.WORD) {
                break;
            }
            if (HEDGE_ROOTS.contains(ix.root(j)) || HEDGE_ROOTS.contains(ix.key(j))) {
                return "allegation";
            }
        }
        if (complement(v)) {
            // görüştüğünü söyledi asserts; görüşeceğini düşünmüyorum, görüştüğünü yalanladı do not
            for (int j = verb + 1; j < end && j <= verb + 4; j++) {
                Token t = toks.get(j);
                if (t.kind() != TokenKind.WORD) {
                    break;
                }
                if (NON_ASSERTIVE.contains(ix.root(j))) {
                    return "belief";
                }
                if (Verbs.isVerb(t)) {
                    break;
                }
            }
        }
        for (int j = Math.max(from, 1); j < first; j++) {
            // proje konulması halinde … destek vereceklerini: a condition of a verbal noun in the clause (not
            // gruplar halinde, in groups)
            if (CONDITION_NOUNS.contains(ix.key(j)) && Verbs.isVerb(toks.get(j - 1))) {
                return "conditional";
            }
        }
        for (int j = sentence; j + 1 < verb; j++) {
            // İddiaya göre …, söylentilere göre …: the sentence repeats an allegation
            if ("göre".equals(ix.key(j + 1)) && HEDGE_ROOTS.contains(ix.root(j)) && !"haber".equals(ix.root(j))) {
                return "allegation";
            }
        }
        if (!firstPerson(a)) {
            for (int j = from; j < verb; j++) {
                String w = ix.key(j);
                if (FREQUENCY_WORDS.contains(w) || j + 1 < verb && FREQUENCY_PAIRS.contains(w + " " + ix.key(j + 1))) {
                    return "habitual";
                }
            }
        }
        return null;
    }

    /**
     * A conditional verb earlier in the sentence ({@code savcıyla konuşsam, … görüştü diye yazarlar}, {@code kazanırsa
     * … ziyaret edecek}) makes what follows hypothetical; a concessive {@code -sA da} or {@code -sA bile} does not.
     */
    private static boolean conditionBefore(ArticleIndex ix, int sentence, int verb) {
        List<Token> toks = ix.tokens();
        for (int k = verb - 1; k >= sentence; k--) {
            Token t = toks.get(k);
            if (!ix.inMention(k) && Verbs.isVerb(t) && (ArticleIndex.hasTag(t, "COND") || ArticleIndex.hasTag(t, "DESR"))
                    && !"ise".equals(ix.key(k))) {
                String next = k + 1 < toks.size() ? ix.key(k + 1) : "";
                if (!("da".equals(next) || "de".equals(next) || "bile".equals(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A complement clause: a participle or verbal noun in a case or with a possessive (görüştüğünü, görüşeceğine). */
    static boolean complement(Token v) {
        String a = v.morph().analysis();
        return a.contains("^DB+NOUN+") && (a.contains("PART") || a.contains("INF"));
    }

    static boolean firstPerson(String a) {
        return a.contains("A1SG") || a.contains("A1PL") || a.contains("P1SG") || a.contains("P1PL");
    }

    /**
     * A yes/no question: the verb next to its own negation (görüşüp görüşmediğini, destek verip vermediğine), either
     * half of the pair.
     */
    private static boolean yesNo(ArticleIndex ix, int first, int verb, int end) {
        List<Token> toks = ix.tokens();
        String root = ix.root(verb);
        boolean neg = ArticleIndex.hasTag(toks.get(verb), "NEG");
        if (!neg && verb + 1 < end && root.equals(ix.root(verb + 1)) && Verbs.isVerb(toks.get(verb + 1))
                && ArticleIndex.hasTag(toks.get(verb + 1), "NEG")) {
            return true;
        }
        int before = first - 1;
        return neg && before >= 0 && root.equals(ix.root(before)) && Verbs.isVerb(toks.get(before))
                && !ArticleIndex.hasTag(toks.get(before), "NEG");
    }
}
