package dev.kulis.roles;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.text.TurkishCase;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a title begins and where the name after it ends, when the entity layer drew a boundary in the wrong place:
 * a surname cut off a name and glued to the next title ({@code Mücahit | Fındıklı ve Enerji … Kurulu Başkanı}), a
 * name cut at its hyphen ({@code Ban Ki | -Mun}), a company named after a person read as a person before the title
 * ({@code Doğan Manav İşletme Müdürü}), a title that is the second half of a coordination it lost
 * ({@code Ar-Ge ve Üretim Direktörü}). Where the reading is doubtful the role layer emits no role.
 */
final class TitleEdges {
    /** An ordinal word: a numeral and the ordinal suffix (birinci, ikinci, dördüncü, yedinci, onuncu, yüzüncü). */
    private static final Pattern ORDINAL_WORD = Pattern.compile("(bir|iki|üç|dörd|beş|altı|yedi|sekiz|dokuz|on|yirmi"
            + "|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin)(inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)");

    private final RoleLexicon lex;

    TitleEdges(RoleLexicon lex) {
        this.lex = lex;
    }

    /**
     * A person mention that ends short of the name: glued to a hyphen ({@code Ban Ki-Mun}) or followed by a
     * capitalised proper noun and {@code ve} ({@code Mücahit Fındıklı ve …}), the surname the mention lost.
     */
    boolean cutName(ArticleIndex ix, Sentence s, ArticleIndex.Located person) {
        List<Token> toks = ix.tokens();
        int k = person.last() + 1;
        if (k < toks.size() && lineCut(ix, toks.get(person.last()), toks.get(k))) {
            return true;
        }
        if (k >= s.lastToken()) {
            return false;
        }
        Token last = toks.get(person.last());
        Token next = toks.get(k);
        if ("-".equals(next.text()) && last.end() == next.start()) {
            return true;
        }
        return k + 1 < s.lastToken() && "ve".equals(toks.get(k + 1).text()) && surnameLike(next)
                && (ix.startingAt(k) == null || swallowsSurname(ix, ix.startingAt(k)));
    }

    /**
     * A name at the end of a line of running text (not a short headline), a single line break and a capitalised word
     * opening the next line ({@code milletvekili Yorgos / Papadakis'in de bulunduğu}): the name may go on over the
     * break, where the mention stops; the sentence splitter may even have cut there. No role for such a mention.
     */
    private static boolean lineCut(ArticleIndex ix, Token last, Token next) {
        String text = ix.article().text();
        String gap = text.substring(last.end(), next.start());
        if (!capital(next) || gap.indexOf('\n') < 0 || gap.indexOf('\n') != gap.lastIndexOf('\n') || !gap.isBlank()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', last.start()) + 1;
        return last.end() - lineStart >= 80;
    }

    /**
     * An organisation mention that took a person's surname ({@code Fındıklı ve Enerji Piyasası Düzenleme Kurulu}
     * right after {@code Mücahit}): its first word is a capitalised proper noun, the second {@code ve}, and a person's
     * name ends just before it, or a capitalised word the tagger left untagged follows a title there. The title
     * then begins after {@code ve}.
     */
    boolean swallowsSurname(ArticleIndex ix, ArticleIndex.Located m) {
        List<Token> toks = ix.tokens();
        int f = m.first();
        if (f == 0 || m.last() < f + 2 || !"ve".equals(toks.get(f + 1).text()) || !surnameLike(toks.get(f))) {
            return false;
        }
        ArticleIndex.Located before = ix.endingAt(f - 1);
        if (before != null) {
            return before.is("PERSON");
        }
        return untaggedNameAfterTitle(ix, f);
    }

    /**
     * Token {@code w} and the capitalised word before it (untagged, no word of a title) follow another title: a
     * person's name the tagger missed ({@code Milletvekili Mücahit Fındıklı ve …}), not a title's own words
     * ({@code Vali Yardımcısı Ege ve …}).
     */
    private boolean untaggedNameAfterTitle(ArticleIndex ix, int w) {
        List<Token> toks = ix.tokens();
        int n = w - 1;
        return n >= 1 && ix.endingAt(n) == null && capital(toks.get(n)) && lex.officeKind(ix, n) == null
                && lex.statusAfter(ix, n) == null && !lex.isInstitution(ix, n) && !lex.isModifier(ix, n)
                && lex.officeKind(ix, n - 1) != null;
    }

    /**
     * The title's first word follows {@code ve} and a capitalised word that is neither the end of a person's name,
     * a surname glued to one, nor another title's head: the office is the second half of a coordination
     * ({@code DMA Ar-Ge ve Üretim Direktörü}, {@code ABD ve Rusya Dışişleri Bakanları}) and would be cut.
     */
    boolean lostCoordination(ArticleIndex ix, Sentence s, int titleStart) {
        List<Token> toks = ix.tokens();
        int w = titleStart - 2;
        if (w < s.firstToken() || !"ve".equals(toks.get(titleStart - 1).text()) || !capital(toks.get(w))) {
            return false;
        }
        if (isPerson(ix.endingAt(w)) || w - 1 >= s.firstToken() && isPerson(ix.endingAt(w - 1))
                || w - 2 >= s.firstToken() && untaggedNameAfterTitle(ix, w)) {
            return false;
        }
        return lex.officeKind(ix, w) == null;
    }

    /**
     * The title follows an ordinal in figures ({@code 1. Ordu Komutanı}, {@code 3. Kolordu}): the number is part of
     * the name the title would be cut from (a year of four figures ending a sentence is not). Or the title opens
     * with an ordinal word ({@code Yedinci Cumhurbaşkanı}): one of a line of holders, past or present, so its status
     * is not stated.
     */
    boolean afterOrdinal(ArticleIndex ix, int titleStart) {
        List<Token> toks = ix.tokens();
        if (ORDINAL_WORD.matcher(ix.key(titleStart)).matches()) {
            return true;
        }
        if (titleStart < 1) {
            return false;
        }
        String n = toks.get(titleStart - 1).text();
        if (".".equals(n) && titleStart >= 2 && toks.get(titleStart - 2).end() == toks.get(titleStart - 1).start()) {
            n = toks.get(titleStart - 2).text() + ".";
        }
        return n.matches("[0-9]{1,2}\\.");
    }

    /**
     * The title's first word is a capitalised common word (not a proper noun, no apostrophe, not ALL CAPS, no
     * ministry word) with another capitalised word of the title after it: where a word of the previous phrase may
     * have been glued on.
     */
    private boolean commonCapitalBeforeTitleWord(ArticleIndex ix, int titleStart, int head) {
        List<Token> toks = ix.tokens();
        if (titleStart + 1 >= head) {
            return false;
        }
        Token t = toks.get(titleStart);
        return capital(t) && capital(toks.get(titleStart + 1)) && t.morph() != null && !t.morph().proper()
                && !"PROPN".equals(t.morph().pos()) && t.text().indexOf('\'') < 0 && t.text().indexOf('’') < 0
                && !TurkishCase.isAllCaps(t.text()) && !lex.isInstitution(ix, titleStart);
    }

    /**
     * The title's first word is a capitalised common noun in its possessed or accusative form ({@code -(s)I}) with
     * another capitalised word of the title after it ({@code Koordinasyonu Çerkezköy Sanayiciler Derneği Başkanı},
     * {@code Meclisi Adalet ve Yasa Komisyonu Başkanı}): the word closes a name before it (its owner is not in the
     * title) or is the object of the sentence; either way the title is not where it seems to start. A derived word
     * ({@code Cumhurbaşkanlığı}), a ministry word ({@code Dışişleri}) or a genitive owner before it are no sign.
     */
    boolean closesPreviousName(ArticleIndex ix, Sentence s, int titleStart, int head) {
        List<Token> toks = ix.tokens();
        if (!commonCapitalBeforeTitleWord(ix, titleStart, head) || lex.officeKind(ix, titleStart) != null) {
            return false;
        }
        Token t = toks.get(titleStart);
        String a = t.morph().analysis();
        if (a == null || a.contains("^DB")) {
            return false;
        }
        if (!(ArticleIndex.hasTag(t, "P3SG") || ArticleIndex.hasTag(t, "ACC"))) {
            return false;
        }
        String w = ix.key(titleStart);
        if (!(w.endsWith("ı") || w.endsWith("i") || w.endsWith("u") || w.endsWith("ü"))) {
            return false;
        }
        if (titleStart - 1 >= s.firstToken()) {
            ArticleIndex.Located before = ix.endingAt(titleStart - 1);
            if (before != null && before.genitive() || "Gen".equals(ArticleIndex.grammaticalCase(toks.get(titleStart - 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title's first word is a capitalised common noun in the dative, locative or ablative followed by another
     * capitalised word ({@code Geceye Kuzey Gazetecilik Yönetim Kurulu Başkanı}, {@code Toplantıya Ordu Esnaf
     * Derneği …}): no word of a name but the sentence's adverbial the entity layer glued on; the title starts after it.
     */
    boolean caseMarkedStart(ArticleIndex ix, int titleStart, int head) {
        List<Token> toks = ix.tokens();
        if (!commonCapitalBeforeTitleWord(ix, titleStart, head)) {
            return false;
        }
        Token t = toks.get(titleStart);
        if (!t.morph().known() || !"NOUN".equals(t.morph().pos()) || t.morph().analysis() == null
                || t.morph().analysis().contains("^DB")) {
            return false;
        }
        ArticleIndex.Located m = ix.startingAt(titleStart);
        if (m != null && (m.last() == titleStart || m.is("LOCATION") || m.is("PERSON"))) {
            // a name of its own (Ölüdeniz Belediye Başkanı), whatever case the morphology reads into it
            return false;
        }
        return ArticleIndex.hasTag(t, "DAT") || ArticleIndex.hasTag(t, "LOC") || ArticleIndex.hasTag(t, "ABL");
    }

    /**
     * An abbreviation in brackets ({@code (OSB)}) that the capitalised words before it cannot spell: none of them
     * begins with its first letter and they are fewer than its letters less one ({@code Çerkezköy (OSB) Başkanı}).
     * The name it abbreviates was cut, so the title is. {@code Avrupa Parlamentosu (AP)}, {@code Uluslararası Para
     * Fonu (IMF)} fit.
     */
    boolean abbreviationUnfit(ArticleIndex ix, Sentence s, int open) {
        List<Token> toks = ix.tokens();
        String abbr = TurkishCase.upper(toks.get(open + 1).text());
        int words = 0;
        boolean initial = false;
        for (int k = open - 1; k >= s.firstToken() && k > open - 12; k--) {
            Token t = toks.get(k);
            String w = t.text();
            if ("ve".equals(w) || ",".equals(w) || "-".equals(w)) {
                continue;
            }
            if (!capital(t)) {
                break;
            }
            words++;
            String first = TurkishCase.upper(w.substring(0, 1));
            if (abbr.startsWith(first) || first.equals("İ") && abbr.startsWith("I") || first.equals("I") && abbr.startsWith("İ")) {
                initial = true;
            }
        }
        return !initial && words < abbr.length() - 1;
    }

    /**
     * The case of a mention, nominative for a name in capitals without an apostrophe ({@code HAFELE}, {@code SADRA}):
     * a suffix on such a name takes an apostrophe, so a case the morphology read into its letters is none.
     */
    static String grammaticalCase(ArticleIndex.Located m) {
        String t = m.mention().text();
        if (TurkishCase.isAllCaps(t) && t.indexOf('\'') < 0 && t.indexOf('’') < 0) {
            return "Nom";
        }
        return m.mention().grammaticalCase();
    }

    /**
     * A person's name in the nominative just before the title, nothing between: a company or shop named after its
     * owner ({@code Doğan Manav İşletme Müdürü Hasan Dere}), the title's owner the entity layer read as a person.
     */
    boolean personBefore(ArticleIndex ix, Sentence s, int titleStart) {
        int b = titleStart - 1;
        if (b < s.firstToken()) {
            return false;
        }
        ArticleIndex.Located m = ix.endingAt(b);
        if (!isPerson(m) || m.genitive()) {
            return false;
        }
        String c = m.mention().grammaticalCase();
        return c == null || "Nom".equals(c);
    }

    /**
     * A capitalised verbal noun in {@code -mA} inside a title ({@code İşletme}, {@code Pazarlama}, {@code Düzenleme}
     * Müdürü), which the morphology reads as a verb: a noun when a capitalised title word follows.
     */
    static boolean verbalNoun(List<Token> toks, int b) {
        Token t = toks.get(b);
        if (b + 1 >= toks.size() || !capital(toks.get(b + 1)) || t.morph() == null || !"VERB".equals(t.morph().pos())) {
            return false;
        }
        String w = TurkishCase.lower(t.text());
        return w.length() > 4 && (w.endsWith("ma") || w.endsWith("me"));
    }

    /**
     * A word in capitals without an apostrophe ({@code HAFELE}, {@code SADRA}): a name or an abbreviation whatever case
     * the morphology gives it (a suffix on an abbreviation takes an apostrophe), unless it is a verb or stands in a
     * run of capitals (a headline).
     */
    static boolean capitalName(List<Token> toks, int b) {
        Token t = toks.get(b);
        String w = t.text();
        if (w.length() < 2 || w.length() > 8 || !TurkishCase.isAllCaps(w) || w.indexOf('\'') >= 0 || w.indexOf('’') >= 0
                || t.morph() != null && "VERB".equals(t.morph().pos())) {
            return false;
        }
        return b == 0 || !(toks.get(b - 1).kind() == TokenKind.WORD && TurkishCase.isAllCaps(toks.get(b - 1).text()));
    }

    private static boolean surnameLike(Token t) {
        if (!capital(t) || t.text().indexOf('\'') >= 0 || t.text().indexOf('’') >= 0 || t.morph() == null
                || !t.morph().proper()) {
            return false;
        }
        String c = ArticleIndex.grammaticalCase(t);
        return c == null || "Nom".equals(c);
    }

    private static boolean isPerson(ArticleIndex.Located m) {
        return m != null && m.is("PERSON");
    }

    private static boolean capital(Token t) {
        return t.kind() == TokenKind.WORD && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }
}
