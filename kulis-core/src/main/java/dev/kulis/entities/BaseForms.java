package dev.kulis.entities;

import dev.kulis.model.Morph;
import dev.kulis.model.Token;
import dev.kulis.morph.Analysis;
import dev.kulis.morph.Morphology;
import dev.kulis.morph.NameSuffix;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.SuffixForms;
import dev.kulis.text.TurkishCase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The base form of a name's last token within one article: the token without its case suffix, in the text's own
 * spelling ({@code Kocaoğlu'na} → {@code Kocaoğlu}). Where the article never marks a suffix with an apostrophe, the
 * suffix of an unmarked name is read off by the article itself first: a capitalised word it writes bare elsewhere
 * ({@code Balcıoğlu}, {@code Yeşilköy}) is the stem of {@code Balcıoğlunun}, {@code Yeşilköyde}, where morphology
 * alone cannot tell {@code Balcıoğlu} + {@code nun} from {@code Balcıoğlun} + {@code un}; then by a stem the news
 * tag as a name ({@code Bidenın} → {@code Biden}, which morphology reads as {@code Bide} + genitive); then by
 * morphology ({@code Kardashianın}), unless the article also writes the word with a suffix ({@code Velbiden} beside
 * {@code Velbidenın}), and before a single vowel only when the analyser knows the stem ({@code Diyala} stays); a
 * name the lexicon knows as it stands keeps its letters ({@code Candan} is no {@code Can} + ablative). Initials and
 * acronyms end where lower case begins, in any article ({@code Ö.nün}, {@code ABDli'ye}). Where the article marks suffixes, an unmarked name is bare ({@code Demirtepe}) — except
 * the head noun of an organisation or a place, whose suffix Turkish writes without an apostrophe in any text
 * ({@code Kuzey Ege Partisinin} → {@code Kuzey Ege Partisi}, {@code Gökova Sarayında} → {@code Gökova Sarayı}),
 * and the common noun that ends one, which morphology reads ({@code Beyaz Sarayda}, {@code Dominik Cumhuriyetinde}).
 */
final class BaseForms {
    private final boolean apostrophes;
    /** Keys of the capitalised words the article writes without any suffix mark. */
    private final Set<String> bare = new HashSet<>();
    private final Predicate<String> possessedHead;
    private final ToIntFunction<String> knownStemEnd;

    /**
     * @param possessedHead whether a lower-case word is the head noun of an organisation's or a place's name
     *                      ({@code partisi}, {@code sarayı})
     * @param knownStemEnd  where the stem of a word written without apostrophe ends by the names the tagger knows
     *                      from the news ({@code Bidenın} → 5), or -1
     */
    BaseForms(List<Token> tokens, Predicate<String> possessedHead, ToIntFunction<String> knownStemEnd) {
        this.possessedHead = possessedHead;
        this.knownStemEnd = knownStemEnd;
        this.apostrophes = marksSuffixes(tokens);
        if (!apostrophes) {
            // sentence-initial capitals count too: names open sentences often (leaving them out lost 12 of 2,928)
            for (Token t : tokens) {
                String s = t.text();
                if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && apostrophe(s) < 0) {
                    bare.add(Lexicon.key(s));
                }
            }
        }
    }

    /**
     * Whether the article marks suffixes on names with an apostrophe ({@code Kocaoğlu'na}) at least once; a name
     * whose apostrophe is its own ({@code Eto'o}) or a suffix the list does not hold does not count.
     */
    static boolean marksSuffixes(List<Token> tokens) {
        for (Token t : tokens) {
            String s = t.text();
            int ap = apostrophe(s);
            if (ap > 0 && ap < s.length() - 1 && Character.isUpperCase(s.charAt(0))
                    && SuffixForms.contains(TurkishCase.lower(s.substring(ap + 1)))) {
                return true;
            }
        }
        return false;
    }

    String of(Token t) {
        return of(t, false);
    }

    /**
     * @param head whether the token may be the last, common-noun word of an organisation's or a place's name
     *             ({@code Beyaz Sarayda}, {@code Bornova Mezarlığında}, or {@code Dominik Cumhuriyetinde} where an
     *             article forgot the apostrophe it writes elsewhere): such a word loses the case suffix morphology
     *             reads on it, unless the analyser knows the whole word as a name ({@code Kanada}, not kanat +
     *             dative)
     */
    String of(Token t, boolean head) {
        return of(t, head, false);
    }

    /**
     * {@link #of(Token, boolean)}, told whether the word is a name by itself: then a common noun in the possessive
     * + {@code nca} is no possessed head in the equative but a word of its own ({@code Altınca}, {@code Oyunca});
     * a listed head still is one ({@code Kurulunca} → {@code Kurulu}).
     */
    String of(Token t, boolean head, boolean alone) {
        String s = t.text();
        int ap = apostrophe(s);
        if (ap > 0 && ap < s.length() - 1) {
            String stem = s.substring(0, ap);
            int abbreviated = abbreviationEnd(stem, TurkishCase.lower(stem)); // ABDli'ye is ABD's, as ABDliye is
            return abbreviated > 0 ? stem.substring(0, abbreviated) : stem;
        }
        String lower = TurkishCase.lower(s);
        for (int k = s.length() - 1; k >= 4; k--) {
            if (possessedHeadAndCase(lower, k)) {
                return s.substring(0, k);
            }
        }
        int abbreviated = abbreviationEnd(s, lower);
        if (abbreviated > 0) {
            return s.substring(0, abbreviated);
        }
        if (knownName(s)) {
            return s;
        }
        int common = head ? commonNounCase(t, lower, alone) : -1; // Beyaz Sarayda, and where an apostrophe was forgotten
        if (common > 0) {
            return s.substring(0, common);
        }
        if (apostrophes) {
            // Ankaraya where the article writes Ankara'ya elsewhere is rarer than a name that merely starts like one
            // the analyser knows (Messi, Alexe, Simona, Salihi: 8 of 10 cut so on 399 news articles were wrong)
            return s;
        }
        if (possessedHead.test(lower)) {
            return s; // Meydanı is a head as it stands, though the article writes Meydan bare
        }
        for (boolean spelling : new boolean[] {true, false}) { // the longest stem the article writes bare, fitting first
            for (int k : NameSuffix.splits(s, spelling)) {
                if (bare.contains(Lexicon.key(s.substring(0, k))) && hasCase(lower, k)) {
                    return s.substring(0, k);
                }
            }
        }
        // Bidenın: the news name Biden, where morphology reads Bide + genitive. Not in articles that mark suffixes:
        // there an unmarked word is more often a name of its own that starts like a known one (Alexe, Gülle, Menteşe)
        // than a forgotten apostrophe (İstanbuldan), 6 to 6 on 399 news articles
        int known = knownStemEnd.applyAsInt(s);
        if (known > 0 && hasCase(lower, known)) { // Kayalar, a surname, is no Kaya + plural
            return s.substring(0, known);
        }
        if (writtenWithSuffix(Lexicon.key(s))) { // Velbiden, as the article also writes Velbidenın
            return s;
        }
        Morph m = t.morph();
        boolean split = m != null && m.proper() && m.lemma() != null && m.lemma().length() < s.length()
                && Lexicon.key(s).startsWith(Lexicon.key(m.lemma())) && hasCase(lower, m.lemma().length());
        // an unknown name's last vowel is more often its own than a dative's or an accusative's (Diyala, Radwanska):
        // kept on 82 more names than it lost on 399 news articles without apostrophes (kulis eval bases)
        return split && (s.length() - m.lemma().length() > 1 || knownName(m.lemma()))
                ? s.substring(0, m.lemma().length()) : s;
    }

    /** Whether the suffix of {@code lower} from {@code k} on marks a case, or -ki, -lı: a bare plural does not. */
    private static boolean hasCase(String lower, int k) {
        String suffix = lower.substring(k);
        return !suffix.equals("lar") && !suffix.equals("ler");
    }

    /**
     * The case of a name's last token whose base form is {@code base}: where the base cuts a suffix written without
     * apostrophe, the case of that suffix ({@code Bidena} → {@code Biden} + dative, where morphology knows no
     * {@code Biden}; {@code Gökova Sarayında} → locative); where the word is its own base but morphology split it,
     * the nominative ({@code Obama}, which morphology reads as {@code oba} + my + dative; {@code Üzbekistan},
     * {@code Unakıtan}: keeping morphology's case there instead loses 59 names for 4 on 399 news articles, such as
     * {@code Kerkükte} in an article that marks its other suffixes), and where morphology gives it no case (an
     * unknown name it did not split); else the morphology's. Known gap: a name + {@code -lı} that an article
     * marking its other suffixes writes without apostrophe ({@code Belaruslu}) is kept whole, so nominative, where
     * {@code Belarus'lu} has no case.
     */
    static String caseOf(Token t, String base) {
        Morph m = t.morph();
        String s = t.text();
        if (base.length() < s.length() && Character.isLetter(s.charAt(base.length()))) {
            return NameSuffix.caseOf(s.substring(base.length())); // null for -ki, -lı: no case
        }
        if (base.length() >= s.length() && (m == null || m.lemma() == null || m.lemma().length() < s.length()
                || m.grammaticalCase() == null)) {
            return "Nom"; // its own base: no suffix, whatever morphology cut off it or did not know of it (Samaras)
        }
        return m == null ? null : m.grammaticalCase();
    }

    /**
     * Where the case suffix of a word that morphology reads as a common noun begins, or -1: before the buffer
     * {@code n} or {@code y} after a possessive ({@code Mezarlığı} + {@code nda}, {@code Ligleri} + {@code nde}), else after the
     * lemma, whose last consonant may be softened ({@code Program} + {@code da}, {@code Kitab} + {@code ı} of
     * {@code kitap}), and its plural ({@code Milletler} + {@code e}).
     */
    private static int commonNounCase(Token t, String lower, boolean alone) {
        Morph m = t.morph();
        if (m == null || m.proper() || !m.known() || m.lemma() == null || m.analysis() == null) {
            return -1;
        }
        String a = m.analysis();
        if (a.contains("+P3SG+") || a.contains("+P3PL+")) {
            for (int k = lower.length() - 2; k >= 3; k--) {
                if (caseAfterPossessive(lower, k, !alone)) {
                    return k;
                }
            }
            return -1;
        }
        String lemma = TurkishCase.lower(m.lemma());
        int k = lemma.length();
        if (!a.contains("+PNON+") || k < 2 || k >= lower.length() || !lower.startsWith(lemma.substring(0, k - 1))) {
            return -1;
        }
        char written = lower.charAt(k - 1), root = lemma.charAt(k - 1);
        if (written != root && !SOFTENED.contains(root + "" + written)) {
            return -1;
        }
        boolean plural = a.contains("+A3PL+") && (lower.startsWith("lar", k) || lower.startsWith("ler", k));
        if (plural) {
            k += 3; // the plural is the name's own: Birleşmiş Milletlere → Birleşmiş Milletler
        }
        // one vowel after a word read as a Turkish noun is as often a foreign word's end (Samsung Mobile, Online)
        int suffix = lower.length() - k;
        return suffix > 0 && (suffix > 1 || plural) && NameSuffix.isSuffix(lower.substring(k)) ? k : -1;
    }

    /**
     * Where initials or an acronym end before a suffix written without apostrophe, or -1: after the last period of
     * initials ({@code Ö.nün}, {@code A.Ş.nin}), after the capitals of an acronym ({@code ABDli}, {@code CHPliler},
     * {@code NATOnun}). Capitals then lower case say where the suffix begins in any article.
     */
    private static int abbreviationEnd(String s, String lower) {
        int dot = s.lastIndexOf('.');
        if (dot >= 1 && dot < s.length() - 1 && Character.isUpperCase(s.charAt(dot - 1))
                && isLowerCase(s, dot + 1) && SuffixForms.contains(lower.substring(dot + 1))) {
            return dot + 1;
        }
        int caps = 0;
        while (caps < s.length() && Character.isUpperCase(s.charAt(caps))) {
            caps++;
        }
        if (caps < 2 || caps == s.length() || !isLowerCase(s, caps)) {
            return -1;
        }
        String tail = lower.substring(caps);
        if (tail.length() >= 2 && tail.charAt(0) == 'l' && "ıiuü".indexOf(tail.charAt(1)) >= 0) {
            tail = tail.substring(2); // -lı: ABDli, CHPliler
            if (tail.startsWith("lar") || tail.startsWith("ler")) {
                tail = tail.substring(3);
            }
            return tail.isEmpty() || SuffixForms.contains(tail) ? caps : -1;
        }
        return SuffixForms.contains(tail) ? caps : -1;
    }

    private static boolean isLowerCase(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A root-final consonant and its softened spelling before a vowel ({@code kitap} → {@code kitabı}). */
    private static final Set<String> SOFTENED = Set.of("pb", "çc", "td", "kğ", "kg");

    /** Whether the article writes the word of {@code key} with a suffix elsewhere, which makes it a stem. */
    private boolean writtenWithSuffix(String key) {
        for (String suffix : SuffixForms.ALL) {
            if (bare.contains(key + suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A name the lexicon knows as it stands ({@code Candan}, {@code Gülden}, {@code Karaca}): not Can, Gül, Kara + a suffix. */
    private static boolean knownName(String s) {
        String key = Lexicon.key(s);
        for (Analysis a : Morphology.shared().analyze(s)) {
            if (a.proper() && a.known() && Lexicon.key(a.lemma()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code partisinin}: a possessed head (ending in its possessive vowel) and a case suffix after the buffer
     * {@code n} or {@code y}. Heads ending in a consonant ({@code ajans}, {@code inc}) are left alone: {@code Ajansı},
     * {@code İnce} are no head + case.
     */
    private boolean possessedHeadAndCase(String lower, int k) {
        return caseAfterPossessive(lower, k, true) && possessedHead.test(lower.substring(0, k));
    }

    /**
     * A case suffix at {@code k} after the buffer {@code n} or {@code y} that follows a possessive vowel, and when
     * asked the equative's {@code nca} ({@code Bakanlığınca}: by the ministry).
     */
    private static boolean caseAfterPossessive(String lower, int k, boolean equative) {
        char last = lower.charAt(k - 1), buffer = lower.charAt(k);
        String tail = lower.substring(k);
        return "ıiuü".indexOf(last) >= 0 && (buffer == 'n' || buffer == 'y')
                && (NameSuffix.isSuffix(tail) || equative && (tail.equals("nca") || tail.equals("nce")));
    }

    private static int apostrophe(String s) {
        return Apostrophes.suffixStart(s);
    }
}
