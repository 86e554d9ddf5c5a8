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

/**
 * The base form of a name's last token within one article: the token without its case suffix, in the text's own
 * spelling ({@code Kocaoğlu'na} → {@code Kocaoğlu}). Where the article never marks a suffix with an apostrophe, the
 * suffix of an unmarked name is read off by the article itself first: a capitalised word it writes bare elsewhere
 * ({@code Balcıoğlu}, {@code Yeşilköy}) is the stem of {@code Balcıoğlunun}, {@code Yeşilköyde}, where morphology
 * alone cannot tell {@code Balcıoğlu} + {@code nun} from {@code Balcıoğlun} + {@code un}; then by morphology
 * ({@code Kardashianın}), unless the article also writes the word with a suffix ({@code Velbiden} beside
 * {@code Velbidenın}); a name the lexicon knows as it stands keeps its letters ({@code Candan} is no
 * {@code Can} + ablative). Where the article marks suffixes, an unmarked name is bare ({@code Demirtepe}) — except
 * an organisation's head noun, whose suffix Turkish writes without an apostrophe in any text ({@code Kuzey Ege
 * Partisinin} → {@code Kuzey Ege Partisi}).
 */
final class BaseForms {
    private final boolean apostrophes;
    /** Keys of the capitalised words the article writes without any suffix mark. */
    private final Set<String> bare = new HashSet<>();
    private final Predicate<String> organizationHead;

    /** @param organizationHead whether a lower-case word is an organisation's head noun ({@code partisi}) */
    BaseForms(List<Token> tokens, Predicate<String> organizationHead) {
        this.organizationHead = organizationHead;
        this.apostrophes = marksSuffixes(tokens);
        if (!apostrophes) {
            for (Token t : tokens) {
                String s = t.text();
                if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && apostrophe(s) < 0) {
                    bare.add(Lexicon.key(s));
                }
            }
        }
    }

    /** Whether the article marks suffixes on names with an apostrophe ({@code Kocaoğlu'na}) at least once. */
    static boolean marksSuffixes(List<Token> tokens) {
        for (Token t : tokens) {
            String s = t.text();
            int ap = apostrophe(s);
            if (ap > 0 && ap < s.length() - 1 && Character.isUpperCase(s.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    String of(Token t) {
        String s = t.text();
        int ap = apostrophe(s);
        if (ap > 0 && ap < s.length() - 1) {
            return s.substring(0, ap);
        }
        String lower = TurkishCase.lower(s);
        for (int k = s.length() - 1; k >= 4; k--) {
            if (possessedHeadAndCase(lower, k)) {
                return s.substring(0, k);
            }
        }
        if (apostrophes || knownName(s)) {
            return s;
        }
        for (boolean spelling : new boolean[] {true, false}) { // the longest stem the article writes bare, fitting first
            for (int k : NameSuffix.splits(s, spelling)) {
                if (bare.contains(Lexicon.key(s.substring(0, k)))) {
                    return s.substring(0, k);
                }
            }
        }
        if (!apostrophes && writtenWithSuffix(Lexicon.key(s))) { // Velbiden, as the article also writes Velbidenın
            return s;
        }
        Morph m = t.morph();
        if (m != null && m.proper() && m.lemma() != null && m.lemma().length() < s.length()
                && Lexicon.key(s).startsWith(Lexicon.key(m.lemma()))) {
            return s.substring(0, m.lemma().length());
        }
        return s;
    }

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
        char last = lower.charAt(k - 1), buffer = lower.charAt(k);
        return "ıiuü".indexOf(last) >= 0 && (buffer == 'n' || buffer == 'y')
                && NameSuffix.isSuffix(lower.substring(k)) && organizationHead.test(lower.substring(0, k));
    }

    private static int apostrophe(String s) {
        return Apostrophes.suffixStart(s);
    }
}
