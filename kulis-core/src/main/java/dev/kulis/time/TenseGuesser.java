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

    /** How far to look: the governing verb is near; a word further on speaks of something else. */
    private static final int REACH = 12;

    static Tense guess(List<Token> tokens, int from, int sentenceEnd) {
        LowerView w = null;
        for (int i = from; i < Math.min(sentenceEnd, from + REACH); i++) {
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
            String s = t.text();
            if (s.length() < 4 || TimeLexicon.apostrophe(s) >= 0) {
                continue;                       // too short for a tense, or a proper noun with its suffix
            }
            w = w == null ? new LowerView(s) : w.of(s);
            Tense guess = ofEnding(w);
            if (guess != null) {
                return guess;
            }
        }
        return Tense.UNKNOWN;
    }

    /** A word read in Turkish lower case without copying it. */
    private static final class LowerView implements CharSequence {
        private String s;

        LowerView(String s) {
            this.s = s;
        }

        LowerView of(String word) {
            this.s = word;
            return this;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int i) {
            return FormTable.lower(s.charAt(i));
        }

        @Override
        public CharSequence subSequence(int a, int b) {
            return TurkishCase.lower(s.substring(a, b));
        }

        @Override
        public String toString() {
            return TurkishCase.lower(s);
        }
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

    /** The tense the ending of a lower-case word marks; null when it marks none. */
    static Tense ofEnding(CharSequence w) {
        int n = w.length();
        if (n < 4) {
            return null;
        }
        for (int k = 2; k + 4 <= n; k++) {                       // -acak/-ecek/-acağ/-eceğ: future
            char v = w.charAt(k);
            if ((v == 'a' || v == 'e') && w.charAt(k + 1) == 'c' && w.charAt(k + 2) == v
                    && (w.charAt(k + 3) == 'k' || w.charAt(k + 3) == 'ğ')) {
                return Tense.FUTURE;
            }
        }
        for (int k = 2; k + 3 <= n; k++) {                       // -yor: present
            if (w.charAt(k) == 'y' && w.charAt(k + 1) == 'o' && w.charAt(k + 2) == 'r') {
                return Tense.PRESENT;
            }
        }
        if (n <= 6 && NOT_PAST.contains(w.toString())) {
            return null;
        }
        for (int k = 2; k + 3 <= n; k++) {                       // -mış: reported past
            if (w.charAt(k) == 'm' && isHigh(w.charAt(k + 1)) && w.charAt(k + 2) == 'ş') {
                return Tense.PAST;
            }
        }
        for (int k = 2; k + 2 < n; k++) {                       // past participle: yaptığı, geldiğini
            if (isPastConsonant(w, k) && isHigh(w.charAt(k + 1)) && w.charAt(k + 2) == 'ğ') {
                return Tense.PAST;
            }
        }
        // past tense with its person ending: geldi, yaptık, söylediler, ettim
        int end = n;
        for (String person : PERSON_ENDINGS) {
            int p = person.length();
            if (n - p >= 3 && endsWith(w, person) && isHigh(w.charAt(n - p - 1))) {
                end = n - p;
                break;
            }
        }
        if (end >= 3 && isHigh(w.charAt(end - 1)) && isPastConsonant(w, end - 2)) {
            return Tense.PAST;
        }
        return null;
    }

    private static final String[] PERSON_ENDINGS = {"lar", "ler", "nız", "niz", "nuz", "nüz", "m", "n", "k"};

    private static boolean endsWith(CharSequence w, String suffix) {
        int off = w.length() - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (w.charAt(off + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A d after a vowel or voiced consonant, or a t after a voiceless one: the past-tense consonant. */
    private static boolean isPastConsonant(CharSequence w, int k) {
        char c = w.charAt(k);
        char before = k > 0 ? w.charAt(k - 1) : ' ';
        boolean voicelessBefore = "çfhkpsşt".indexOf(before) >= 0;
        return (c == 'd' && !voicelessBefore) || (c == 't' && voicelessBefore);
    }

    private static boolean isHigh(char c) {
        return c == 'ı' || c == 'i' || c == 'u' || c == 'ü';
    }
}
