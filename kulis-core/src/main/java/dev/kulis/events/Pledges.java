package dev.kulis.events;

import dev.kulis.model.EntityRef;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.text.TurkishCase;
import java.util.List;
import java.util.Set;

/**
 * Whether a support phrase ({@code destek verdi}, {@code destek olacak}) is a support pledge: a named actor who pledges
 * or declares support to a beneficiary. Funding, aid, subsidies and credits ({@code yüzde 100 Ar-Ge desteği verecek}),
 * support given through a means or a channel ({@code projesiyle öğrencilere destek olan}, {@code TÜBİTAK aracılığıyla
 * destek verdiklerini}) and support of a field ({@code üretimine destek}) are no pledge, nor is support to no one.
 */
final class Pledges {
    private static final Set<String> NO_PLEDGE = EventAnnotator.words("no-pledge-words.txt");

    private Pledges() {
    }

    /** Whether the support phrase of {@code [from, verb]} (phrase starting at {@code first}) pledges nothing. */
    static boolean noPledge(ArticleIndex ix, int from, int first, int verb, List<EntityRef> participants) {
        List<Token> toks = ix.tokens();
        for (int k = from; k < verb; k++) {
            Token t = toks.get(k);
            if (t.kind() != TokenKind.WORD || ix.inMention(k)) {
                continue;
            }
            String lower = TurkishCase.lower(t.text());
            boolean common = !Words.capitalWord(t) || k == from;
            if (common && (NO_PLEDGE.contains(ix.root(k)) || NO_PLEDGE.contains(lower) || NO_PLEDGE.contains(ix.key(k)))) {
                // yüzde 100 Ar-Ge desteği, kredi desteği, üretimine destek, aracılığıyla: funding, aid or a field
                return true;
            }
            if (k < first && k >= first - 3 && common && means(ix, k)) {
                // projesiyle öğrencilere destek olan: support through a means is material aid
                return true;
            }
        }
        return !beneficiary(ix, from, first, participants);
    }

    /**
     * A common noun in the instrumental, not in the first person (tüm gücümüzle is a manner) and not a partner
     * (üyeleriyle birlikte).
     */
    private static boolean means(ArticleIndex ix, int k) {
        Token t = ix.tokens().get(k);
        String next = k + 1 < ix.tokens().size() ? ix.key(k + 1) : "";
        return !Verbs.isVerb(t) && "Ins".equals(ArticleIndex.grammaticalCase(t))
                && !Evidence.firstPerson(t.morph().analysis()) && !"birlikte".equals(next) && !"beraber".equals(next);
    }

    /**
     * A beneficiary: a second participant, a name in the dative (Türkiye'ye, Aydın'a), a personal pronoun in the
     * dative (size, kendilerine), a dative noun a name owns (Aydemir'in adaylığına), or people in the dative (a plural or
     * our own: çiftçilere, gençlerimize). Support of a process or a value (bu sürece, barışa destek veriyoruz) goes to no
     * one.
     */
    private static boolean beneficiary(ArticleIndex ix, int from, int first, List<EntityRef> participants) {
        if (participants.size() > 1) {
            return true;
        }
        for (int k = from; k < first; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null && "Dat".equals(m.mention().grammaticalCase())) {
                return true;
            }
            Token t = ix.tokens().get(k);
            if (m != null || ix.inMention(k) || !"Dat".equals(ArticleIndex.grammaticalCase(t)) || Verbs.isVerb(t)) {
                continue;
            }
            ArticleIndex.Located owner = ix.endingAt(k - 1);
            String a = t.morph() == null ? "" : t.morph().analysis();
            boolean people = a.contains("+A3PL") || Evidence.firstPerson(a);
            if (t.morph() != null && "PRON".equals(t.morph().pos()) && PERSONAL.contains(ix.root(k))
                    || owner != null && owner.genitive() || people) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERSONAL = Set.of("ben", "sen", "o", "biz", "siz", "onlar", "kendi", "kendisi");

    /** A named beneficiary as the owner of a dative noun: Aydemir'in adaylığına (destek). */
    static boolean namedOwner(ArticleIndex ix, int from, int first) {
        for (int k = from + 1; k < first; k++) {
            Token t = ix.tokens().get(k);
            ArticleIndex.Located owner = ix.endingAt(k - 1);
            if (!ix.inMention(k) && "Dat".equals(ArticleIndex.grammaticalCase(t)) && !Verbs.isVerb(t) && owner != null
                    && owner.genitive() && (owner.is("PERSON") || owner.is("ORGANIZATION"))) {
                return true;
            }
        }
        return false;
    }
}
