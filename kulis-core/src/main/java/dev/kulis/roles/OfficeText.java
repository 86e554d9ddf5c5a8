package dev.kulis.roles;

import dev.kulis.model.Token;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.List;

/**
 * Spells the office of a title from its tokens: words in title case, abbreviations as written, bracketed
 * abbreviations and status words left out ({@code ABD Eski Ankara Büyükelçisi} → {@code ABD Ankara Büyükelçisi},
 * the status is {@code former}), an abbreviated head (offices.tsv) in capitals ({@code CEOsu}, {@code Ceo} →
 * {@code CEO}) and a plural head in its singular possessed form ({@code KRG sözcülerinden} → {@code KRG Sözcüsü}).
 */
final class OfficeText {
    private final RoleLexicon lex;

    OfficeText(RoleLexicon lex) {
        this.lex = lex;
    }

    /** The office of the title tokens {@code from} … {@code head}, {@code headWord} the head in the lexicon or null. */
    String office(List<Token> toks, int from, int head, boolean bare, String headWord) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= head; i++) {
            String w = toks.get(i).text();
            if ("(".equals(w)) {
                while (i < head && !")".equals(toks.get(i).text())) {
                    i++;
                }
                continue;
            }
            if (i > from && i < head && lex.statusBefore(ArticleIndex.key(toks.get(i))) != null) {
                // a status word inside the title (ABD Eski Ankara Büyükelçisi) is the status, not part of the office
                continue;
            }
            w = Apostrophes.stem(w);
            if (i == head && lex.isAbbreviation(headWord)) {
                w = TurkishCase.upper(headWord);
            } else if (i == head && bare) {
                w = TurkishCase.lower(w);
            }
            if (sb.length() > 0 && !"-".equals(w) && !",".equals(w) && sb.charAt(sb.length() - 1) != '-') {
                sb.append(' ');
            }
            sb.append(TurkishCase.isAllCaps(w) && w.length() <= 4 ? w
                    : "ve".equals(w) ? w : TurkishCase.title(TurkishCase.lower(w)));
        }
        String office = sb.toString();
        if (headWord != null && pluralHead(ArticleIndex.key(toks.get(head)), headWord)) {
            // one of several (KRG sözcülerinden Ali Demir): the post of each is the singular (KRG Sözcüsü)
            int sp = office.lastIndexOf(' ');
            office = office.substring(0, sp + 1) + TurkishCase.title(headWord);
        }
        return office;
    }

    /** Whether the head carries the plural after the office word ({@code sözcülerinden}, {@code başkanları}). */
    static boolean pluralHead(String key, String headWord) {
        return key.length() > headWord.length() + 2 && key.startsWith(headWord)
                && (key.startsWith("ler", headWord.length()) || key.startsWith("lar", headWord.length()));
    }

    /** The compound form of the office's head ({@code Kars Belediye Başkan} → {@code … Başkanı}). */
    static String possessed(String office, String headRoot) {
        int sp = office.lastIndexOf(' ');
        String last = TurkishCase.lower(office.substring(sp + 1));
        if (headRoot == null || !last.equals(headRoot)
                && !last.startsWith(headRoot + "vekil") && !last.startsWith(headRoot + "yardımcı")) {
            return office;
        }
        String w = headRoot;
        char v = 'ı';
        for (int i = w.length() - 1; i >= 0; i--) {
            char c = w.charAt(i);
            if ("aı".indexOf(c) >= 0) { v = 'ı'; break; }
            if ("ei".indexOf(c) >= 0) { v = 'i'; break; }
            if ("ou".indexOf(c) >= 0) { v = 'u'; break; }
            if ("öü".indexOf(c) >= 0) { v = 'ü'; break; }
        }
        boolean vowelEnd = "aeıioöuü".indexOf(w.charAt(w.length() - 1)) >= 0;
        String p = w + (vowelEnd ? "s" : "") + v;
        return office.substring(0, sp + 1) + TurkishCase.title(p);
    }
}
