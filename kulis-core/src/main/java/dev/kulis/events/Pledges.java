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
        boolean beneficiary = participants.size() > 1;
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
            String c = ArticleIndex.grammaticalCase(t);
            if (k < first && common && !Verbs.isVerb(t) && "Ins".equals(c)
                    && !Evidence.firstPerson(t.morph().analysis())) {
                    // projesiyle … destek olan: support through a means is material aid (tüm gücümüzle is a manner)
                return true;
            }
            beneficiary |= k < first && "Dat".equals(c) && !Verbs.isVerb(t);
        }
        for (int k = from; k < first && !beneficiary; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            beneficiary = m != null && "Dat".equals(m.mention().grammaticalCase());
        }
        // destek verdi with no one to receive it: no pledge to check
        return !beneficiary;
    }
}
