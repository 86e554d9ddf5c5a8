package dev.kulis.time;

import dev.kulis.model.Morph;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.text.TurkishCase;
import java.util.List;
import java.util.Set;

/**
 * Guesses whether a time expression speaks of the past or the future from the first tensed word after it in
 * its sentence: Turkish puts the verb (or the participle that governs the phrase: "31 Mart'ta
 * <b>yapılacak</b> seçim") after the time phrase. Uses the morphology layer's analysis when present, else the
 * endings {@code -acak/-ecek} (future) and {@code -dı/-mış/-dığı} (past). A present-tense word ({@code -yor})
 * stops the search undecided.
 */
final class TenseGuesser {
    /** Words ending like a past tense that are not verbs. */
    private static final Set<String> NOT_PAST = Set.of("kendi", "şimdi", "haydi", "hadi", "ordu", "ordusu",
            "vadi", "kadı", "maddi", "ferdi");

    private TenseGuesser() {
    }

    static Tense guess(List<Token> tokens, int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            Tense fromMorph = ofMorph(t.morph());
            if (fromMorph != null) {
                if (fromMorph != Tense.UNKNOWN) {
                    return fromMorph;
                }
                continue;
            }
            String w = TurkishCase.lower(t.text());
            int apo = TimeLexicon.apostrophe(w);
            if (apo >= 0) {
                continue;                       // a proper noun with its suffix, not a verb
            }
            Tense guess = ofEnding(w);
            if (guess != null) {
                return guess;
            }
        }
        return Tense.UNKNOWN;
    }

    /** The tense in the morphology layer's analysis, UNKNOWN for an analysed word without one, null for none. */
    private static Tense ofMorph(Morph m) {
        if (m == null || m.analysis() == null || !m.known()) {
            return null;
        }
        String a = m.analysis();
        if (a.contains("FUT")) {
            return Tense.FUTURE;
        }
        if (a.contains("PAST") || a.contains("NARR")) {
            return Tense.PAST;
        }
        if (a.contains("PROG")) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }

    /** The tense the word's ending marks; null when it marks none. */
    static Tense ofEnding(String w) {
        int n = w.length();
        if (n < 4) {
            return null;
        }
        if (w.indexOf("acak", 2) >= 0 || w.indexOf("ecek", 2) >= 0 || w.indexOf("acağ", 2) >= 0
                || w.indexOf("eceğ", 2) >= 0) {
            return Tense.FUTURE;
        }
        if (w.indexOf("yor", 2) >= 0) {
            return Tense.PRESENT;
        }
        if (NOT_PAST.contains(w)) {
            return null;
        }
        if (w.indexOf("mış", 2) >= 0 || w.indexOf("miş", 2) >= 0 || w.indexOf("muş", 2) >= 0
                || w.indexOf("müş", 2) >= 0) {
            return Tense.PAST;
        }
        for (int k = 2; k + 2 < n; k++) {                       // past participle: yaptığı, geldiğini
            if (isPastConsonant(w, k) && isHigh(w.charAt(k + 1)) && w.charAt(k + 2) == 'ğ') {
                return Tense.PAST;
            }
        }
        // past tense with its person ending: geldi, yaptık, söylediler, ettim
        int end = n;
        for (String person : new String[] {"lar", "ler", "nız", "niz", "nuz", "nüz", "m", "n", "k"}) {
            if (w.endsWith(person) && n - person.length() >= 3 && isHigh(w.charAt(n - person.length() - 1))) {
                end = n - person.length();
                break;
            }
        }
        if (end >= 3 && isHigh(w.charAt(end - 1)) && isPastConsonant(w, end - 2)) {
            return Tense.PAST;
        }
        return null;
    }

    /** A d after a vowel or voiced consonant, or a t after a voiceless one: the past-tense consonant. */
    private static boolean isPastConsonant(String w, int k) {
        char c = w.charAt(k);
        char before = k > 0 ? w.charAt(k - 1) : ' ';
        boolean voicelessBefore = "çfhkpsşt".indexOf(before) >= 0;
        return (c == 'd' && !voicelessBefore) || (c == 't' && voicelessBefore);
    }

    private static boolean isHigh(char c) {
        return c == 'ı' || c == 'i' || c == 'u' || c == 'ü';
    }
}
