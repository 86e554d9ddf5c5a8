package dev.kulis.events;

import dev.kulis.model.Article;
import dev.kulis.model.Quote;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import java.util.List;
import java.util.Set;

/** The clause of an event verb: where it starts, and the direct quote it stands in. */
final class Clauses {
    private static final Set<String> CONJUNCTIONS = Set.of("ve", "ama", "fakat", "ancak", "ayrıca", "sonra");

    private Clauses() {
    }

    /**
     * The first token of the event verb's clause: back to the end of the clause before it, or for a subject participle
     * to the matrix subject's comma.
     */
    static int start(ArticleIndex ix, Sentence s, int first, Token v, Quote own) {
        List<Token> toks = ix.tokens();
        int from = first;
        while (from - 1 >= s.firstToken() && (!clauseEnd(ix, from - 1, s.lastToken())
                || quotedElsewhere(ix.article(), toks.get(from - 1).start(), own))) {
            // Güner, "… eşit olamaz" diyen Güler'e tepki gösterdi: the quoted verb ends no clause of Güner's
            from--;
        }
        for (int k = first - 1; k > from; k--) {
            Token t = toks.get(k);
            if (!ix.inMention(k) && t.morph() != null && t.morph().analysis().contains("+WHILE") && namedSubject(ix, k + 1, first)) {
                // Aydemir, "…" derken eşi Kenan ise … görüşeceğini söyledi: a -ken clause with its own subject after it
                // ends the clause; the name before it acts in the other clause
                from = k + 1;
                break;
            }
        }
        if (v.morph().analysis().contains("^DB+ADJ+PRESPART")) {
            // a subject relative clause starts after the matrix subject's comma: Nuland, …, büyükelçiliği ziyaret eden gazeteci
            for (int k = first - 1; k > from; k--) {
                if (",".equals(toks.get(k).text())) {
                    from = k + 1;
                    break;
                }
            }
        }
        return from;
    }

    /** The clause start moved inside the verb's quote, if it has one. */
    static int insideQuote(ArticleIndex ix, int from, int first, Quote q) {
        while (q != null && from < first && ix.tokens().get(from).start() < q.start()) {
            // a verb inside a quote has its clause inside the quote: … ifade ederek, "Buna destek vermeye gelen …"
            from++;
        }
        return from;
    }

    /** A finite verb followed by punctuation or a conjunction ends the clause before an event verb. */
    private static boolean clauseEnd(ArticleIndex ix, int k, int end) {
        List<Token> toks = ix.tokens();
        if (ix.inMention(k) || !Verbs.finite(toks.get(k))) {
            return false;
        }
        if (k + 1 >= end) {
            return true;
        }
        Token next = toks.get(k + 1);
        return next.kind() != TokenKind.WORD || CONJUNCTIONS.contains(ix.key(k + 1));
    }

    /** Whether the offset lies inside a direct quote other than the event verb's own. */
    static boolean quotedElsewhere(Article a, int offset, Quote own) {
        Quote q = quoteAround(a, offset);
        return q != null && q != own && (own == null || q.start() != own.start());
    }

    /** The direct quote around the offset, or null. */
    static Quote quoteAround(Article a, int offset) {
        for (Quote q : a.quotes()) {
            if (q.start() <= offset && offset < q.end() && !"indirect".equals(q.kind())) {
                return q;
            }
        }
        return null;
    }

    /** A person or organisation named in the nominative in {@code [from, to)}. */
    private static boolean namedSubject(ArticleIndex ix, int from, int to) {
        for (int k = from; k < to; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null && (m.is("PERSON") || m.is("ORGANIZATION")) && Participants.nominative(ix, m) && !m.genitive()) {
                return true;
            }
        }
        return false;
    }
}
