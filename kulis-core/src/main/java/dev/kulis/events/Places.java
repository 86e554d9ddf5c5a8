package dev.kulis.events;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.roles.RoleAnnotator;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.List;
import java.util.Set;

/** Where an event happened: a place noun, a place named after an organisation or a person. */
final class Places {
    private static final Set<String> PLACE_NOUNS = EventAnnotator.words("place-nouns.txt");

    private Places() {
    }

    /** A place noun in the locative ({@code binada}): where the clause happened. */
    static boolean placeNoun(ArticleIndex ix, int k) {
        return "Loc".equals(ArticleIndex.grammaticalCase(ix.tokens().get(k))) && PLACE_NOUNS.contains(ix.root(k));
    }

    /**
     * The last token of a place's name that starts with an organisation mention (Başbakanlık Merkez Bina'da): up to
     * three words that no mention covers, capitalised but the last, which is in the locative; -1 when there is none.
     */
    static int placeNameEnd(ArticleIndex ix, ArticleIndex.Located m, int first) {
        if (m.is("PERSON")) {
            return namedAfter(ix, m, first);
        }
        if (!m.is("ORGANIZATION") || "Loc".equals(m.mention().grammaticalCase())) {
            return -1;
        }
        List<Token> toks = ix.tokens();
        int after = m.last() + 1;
        if (after < first && "(".equals(toks.get(after).text())) {
            // Bursa Esnaf Odaları Birliği (BESOB) Hizmet Binası'nda: past the abbreviation
            while (after < first && !")".equals(toks.get(after).text())) {
                after++;
            }
            after++;
        }
        for (int k = after; k < first && k <= after + 2; k++) {
            Token t = toks.get(k);
            if (t.kind() != TokenKind.WORD || ix.startingAt(k) != null || ix.inMention(k)) {
                return -1;
            }
            boolean locative = "Loc".equals(ArticleIndex.grammaticalCase(t)) || locativeSuffix(t.text());
            if (locative && (Words.capitalWord(t) || Verbs.possessed(t))) {
                // Harran Üniversitesi Osmanbey yerleşkesinde: a possessed place noun closes the name too
                return k;
            }
            if (!Words.capitalWord(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An institution named after a person (Mehmet Akif Ersoy Göğüs, Kalp ve Damar … Hastanesi'nde): the person is
     * followed by capitalised words, commas and ve up to a capitalised possessed noun in the locative; the last token
     * of that place, or -1.
     */
    private static int namedAfter(ArticleIndex ix, ArticleIndex.Located m, int first) {
        List<Token> toks = ix.tokens();
        int k = m.last() + 1;
        if (k >= first || !Words.capitalWord(toks.get(k)) || ix.inMention(k) || RoleAnnotator.isTitleHead(toks.get(k))) {
            return -1;
        }
        for (; k < first && k <= m.last() + 10; k++) {
            Token t = toks.get(k);
            boolean joiner = ",".equals(t.text()) || "ve".equals(ix.key(k));
            ArticleIndex.Located n = ix.startingAt(k);
            if (n != null && !n.is("PERSON") && "Loc".equals(n.mention().grammaticalCase()) && k > m.last() + 1) {
                // … Göğüs, Kalp ve [Damar Cerrahi … Hastanesi]'nde: the rest of the name is an organisation's
                return n.last();
            }
            if (!joiner && (!Words.capitalWord(t) || ix.inMention(k))) {
                return -1;
            }
            boolean locative = "Loc".equals(ArticleIndex.grammaticalCase(t)) || locativeSuffix(t.text());
            if (!joiner && locative && (Verbs.possessed(t) || locativeSuffix(t.text()))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean locativeSuffix(String w) {
        String suf = TurkishCase.lower(Apostrophes.suffix(w));
        return "da".equals(suf) || "de".equals(suf) || "ta".equals(suf) || "te".equals(suf);
    }
}
