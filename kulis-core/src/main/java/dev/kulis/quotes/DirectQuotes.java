package dev.kulis.quotes;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations: a pair of quotation marks reported by a cue after it ({@code "…" dedi}, {@code "…" diye
 * konuştu}, {@code "…" ifadelerini kullandı}, {@code "…" şeklinde konuştu}) or before it, ending in a colon
 * ({@code sözlerine şöyle devam etti: "…"}), or a paragraph that is all quotation going on after a quote.
 * Quoted words without a cue (titles, scare quotes) and a quoted term with a suffix on its closing mark
 * ({@code "kendi görüşleri"ni}) are not quotes.
 */
final class DirectQuotes {
    private final ArticleView view;
    private final CueFinder cues;

    DirectQuotes(ArticleView view, CueFinder cues) {
        this.view = view;
        this.cues = cues;
    }

    List<Candidate> find(List<MarkedSpan> marks) {
        List<Candidate> out = new ArrayList<>();
        String text = view.text;
        int lastEnd = -1;
        for (MarkedSpan m : marks) {
            if (m.textEnd() <= m.textStart() || view.headlineBlock(m.open()) != null
                    || view.tokens.isEmpty() || inside(out, m)) {
                continue;
            }
            if (m.close() < text.length() && glued(text, m.close())) {
                continue; // "kendi görüşleri"ni: a term, not a statement
            }
            int opener = view.tokenAtOrAfter(m.open());
            if (opener >= view.size()) {
                continue;
            }
            Candidate c = after(m, opener);
            if (c == null) {
                c = before(m, opener);
            }
            if (c == null && lastEnd >= 0 && wholeBlock(m) && words(m) >= 4 && m.open() - lastEnd < 1500) {
                Sentence s = view.sentenceOf(opener);
                c = new Candidate("direct", m.textStart(), m.textEnd(), null, s.firstToken(), s.firstToken(),
                        s.lastToken(), null);
            }
            if (c != null && words(m) < 2 && (c.cue() == null || c.cue().form() == VerbForm.NOMINAL
                    || !Reading.isVerb(view.token(c.cue().first())))) {
                c = null; // a single quoted word needs a verb of saying: "Hayır" dedi, not 'neden' sorusu
            }
            if (c != null) {
                out.add(c);
                lastEnd = m.close();
            }
        }
        return out;
    }

    private static boolean inside(List<Candidate> found, MarkedSpan m) {
        return !found.isEmpty() && found.get(found.size() - 1).end() >= m.textEnd();
    }

    /** A cue after the closing mark, within a few tokens of it. */
    private Candidate after(MarkedSpan m, int opener) {
        int j = view.tokenAtOrAfter(m.close());
        Sentence openSentence = view.sentenceOf(opener);
        for (int k = j; k < Math.min(view.size(), j + 5); k++) {
            Token t = view.token(k);
            String w = t.text();
            if (",".equals(w) || "-".equals(w) || "–".equals(w)) {
                continue;
            }
            if (t.kind() != TokenKind.WORD) {
                break;
            }
            Cue cue = cues.startingAt(k);
            if (cue == null && k == j) {
                cue = cues.nounAt(k);
            }
            if (cue != null) {
                int sentenceEnd = view.sentenceOf(cue.last()).lastToken();
                return new Candidate("direct", m.textStart(), m.textEnd(), cue, openSentence.firstToken(), opener,
                        sentenceEnd, null);
            }
            if (view.entity(k) == null) {
                break; // only a name may stand between the quotation and its verb
            }
        }
        return null;
    }

    /** A lead-in ending in a colon: {@code Bakan şunları söyledi: "…"}, {@code X: "…"}. */
    private Candidate before(MarkedSpan m, int opener) {
        String text = view.text;
        int p = m.open() - 1;
        while (p >= 0 && QuotationMarks.space(text.charAt(p))) {
            p--;
        }
        if (p < 0 || text.charAt(p) != ':') {
            return null;
        }
        int colon = view.tokenBefore(p + 1);
        if (colon < 0) {
            return null;
        }
        Sentence s = view.sentenceOf(colon);
        for (int k = colon - 1; k >= s.firstToken(); k--) {
            Cue cue = cues.anyEndingAt(k);
            if (cue != null) {
                return new Candidate("direct", m.textStart(), m.textEnd(), cue, s.firstToken(), cue.first(),
                        s.lastToken(), null);
            }
        }
        // "X: "…"", "Müjde Ar şaşırttı: "…"": a colon before a quotation introduces the words of the one named
        if (colon - 1 >= s.firstToken() && (view.entity(colon - 1) != null
                || words(m) >= 2 && namesSomeone(s.firstToken(), colon))) {
            return new Candidate("direct", m.textStart(), m.textEnd(), null, s.firstToken(), colon, s.lastToken(),
                    null);
        }
        return null;
    }

    private boolean namesSomeone(int from, int to) {
        for (int i = from; i < to; i++) {
            String type = view.entity(i) == null ? null : view.entity(i).type();
            if ("PERSON".equals(type) || "ORGANIZATION".equals(type)) {
                return true;
            }
        }
        return false;
    }

    private boolean wholeBlock(MarkedSpan m) {
        String text = view.text;
        int p = m.open() - 1;
        while (p >= 0 && text.charAt(p) != '\n' && QuotationMarks.space(text.charAt(p))) {
            p--;
        }
        if (p >= 0 && text.charAt(p) != '\n') {
            return false;
        }
        int q = m.close();
        while (q < text.length() && text.charAt(q) != '\n'
                && (QuotationMarks.space(text.charAt(q)) || ".,;!?…".indexOf(text.charAt(q)) >= 0)) {
            q++;
        }
        return q >= text.length() || text.charAt(q) == '\n';
    }

    static int words(MarkedSpan m, String text) {
        int n = 0;
        boolean in = false;
        for (int i = m.textStart(); i < m.textEnd(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter || (in && (text.charAt(i) == '\'' || text.charAt(i) == '’'));
        }
        return n;
    }

    private int words(MarkedSpan m) {
        return words(m, view.text);
    }

    private static boolean glued(String text, int pos) {
        char c = text.charAt(pos);
        if (Character.isLetter(c)) {
            return true;
        }
        return (c == '\'' || c == '’') && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1));
    }
}
