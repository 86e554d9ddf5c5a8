package dev.kulis.time;

import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.time.TimeWord.Role;
import java.util.List;

/**
 * MONEY and PERCENT mentions in one sentence's tokens: {@code 5 milyon lira}, {@code 3,5 milyar TL'lik},
 * {@code 20 bin ABD doları}, {@code €20}, {@code $5}, {@code %5}, {@code yüzde 12,5}, {@code yüzde elli}. The base
 * form drops the last word's suffix ({@code TL'lik} → {@code TL}, {@code dolara} → {@code dolar}).
 */
final class AmountFinder {
    static final String MONEY = "MONEY";
    static final String PERCENT = "PERCENT";
    private static final double CONFIDENCE = 0.9;

    private final TimeLexicon lexicon;

    AmountFinder(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Appends the mentions of tokens {@code [from, to)}; {@code words} are the scanner's lookups for them. */
    void find(String text, List<Token> tokens, TimeWord[] words, int from, int to, List<Mention> out) {
        for (int i = from; i < to; ) {
            int end = percent(text, tokens, words, from, i, to, out);
            if (end < 0) {
                end = money(text, tokens, words, from, i, to, out);
            }
            i = end < 0 ? i + 1 : end;
        }
    }

    private int percent(String text, List<Token> tokens, TimeWord[] words, int from, int i, int to,
                        List<Mention> out) {
        Token t = tokens.get(i);
        boolean sign = t.text().equals("%");
        if (!sign && !(t.kind() == TokenKind.WORD && isYuzde(t.text()))) {
            return -1;
        }
        if (i + 1 >= to) {
            return -1;
        }
        Token n = tokens.get(i + 1);
        if (n.kind() == TokenKind.NUMBER) {
            String s = n.text();
            int apo = TimeLexicon.apostrophe(s);
            if (Double.isNaN(Quantities.digits(s, 0, apo < 0 ? s.length() : apo))) {
                return -1;
            }
            add(text, t.start(), n.end(), apo < 0 ? n.end() : n.start() + apo, caseAfter(s, apo), PERCENT, out);
            return i + 2;
        }
        if (sign) {
            return -1;
        }
        Quantity q = Quantities.read(tokens, words, from, i + 1, to);
        if (q == null || q.vague()) {
            return -1;
        }
        Token last = tokens.get(q.end() - 1);
        add(text, t.start(), last.end(), last.end(), null, PERCENT, out);
        return q.end();
    }

    private int money(String text, List<Token> tokens, TimeWord[] words, int from, int i, int to,
                      List<Mention> out) {
        TimeWord w = words[i - from];
        if (w != null && w.is(Role.CURRENCY) && tokens.get(i).kind() == TokenKind.SYMBOL) {   // $5, € 20 milyon
            Quantity q = Quantities.read(tokens, words, from, i + 1, to);
            if (q == null) {
                return -1;
            }
            Token last = tokens.get(q.end() - 1);
            add(text, tokens.get(i).start(), last.end(), last.end(), null, MONEY, out);
            return q.end();
        }
        if (tokens.get(i).kind() != TokenKind.NUMBER && (w == null || !w.is(Role.NUMBER))) {
            return -1;
        }
        Quantity q = Quantities.read(tokens, words, from, i, to);
        if (q == null) {
            return -1;
        }
        int c = q.end();
        if (c < to && words[c - from] != null && words[c - from].is(Role.QUALIFIER)) {
            c++;
        }
        TimeWord cur = c < to ? words[c - from] : null;
        if (cur == null || !cur.is(Role.CURRENCY)) {
            return -1;
        }
        Token last = tokens.get(c);
        boolean qualified = c > q.end();
        // "ABD doları": the possessive ending (read as accusative alone) belongs to the currency's name
        boolean named = qualified && "Acc".equals(cur.ending().grammaticalCase());
        int keep = named ? last.text().length() : cur.baseLength();
        add(text, tokens.get(i).start(), last.end(), last.start() + keep,
                named ? "Nom" : cur.ending().grammaticalCase(), MONEY, out);
        return c + 1;
    }

    /** "yüzde" in any case, without allocating: asked of every word. */
    private static boolean isYuzde(String s) {
        if (s.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (FormTable.lower(s.charAt(i)) != "yüzde".charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String caseAfter(String s, int apo) {
        return apo < 0 ? null : lexicon.apostropheEnding(s, apo).grammaticalCase();
    }

    private static void add(String text, int start, int end, int baseEnd, String grammaticalCase, String type,
                            List<Mention> out) {
        out.add(new Mention(start, end, text.substring(start, end), text.substring(start, baseEnd), type,
                grammaticalCase, CONFIDENCE));
    }
}
