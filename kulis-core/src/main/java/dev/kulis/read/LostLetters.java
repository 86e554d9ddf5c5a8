package dev.kulis.read;

import dev.kulis.text.TurkishCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts back Turkish letters that an earlier conversion replaced with U+FFFD: text saved in Windows-1254,
 * decoded as UTF-8 with replacement and saved again loses every non-ASCII letter ({@code T�rk},
 * {@code Bakanl���}). The bytes are gone, so this is a best guess, one character for one (offsets keep):
 * for each word with lost letters, try the Turkish letters in each gap, prefer word forms found in a Turkish
 * word list (the most frequent), else the candidate a character 4-gram model of that list likes best, and
 * decide upper or lower case from the neighbouring letters, sentence starts and proper nouns.
 *
 * <p>The word list is the Turkish dictionary and spelling-correction list that the Starlang morphology
 * dependency ships on the classpath ({@code turkish_dictionary.txt}, {@code turkish_misspellings.txt});
 * it is loaded on first use. Without it, the text is returned unchanged. Thread-safe.
 */
final class LostLetters {
    static final char LOST = '\uFFFD';
    private static final char[] CANDIDATES = {'ı', 'ü', 'ş', 'ç', 'ğ', 'ö', 'i', 'â', 'î', 'û'};
    private static final int N = 4;
    private static final int BEAM = 64;

    private static volatile LostLetters instance;

    private final Map<String, Integer> frequency;
    private final Set<String> properNouns;
    private final GramCounts grams = new GramCounts();

    private LostLetters(Map<String, Integer> frequency, Set<String> properNouns) {
        this.frequency = frequency;
        this.properNouns = properNouns;
        // every n-gram of "^^^word$" (N and N-1 characters), the start padded, the end marked
        for (String w : frequency.keySet()) {
            for (int i = 0; i <= w.length(); i++) {
                grams.add(GramCounts.key(w, i - N + 1, N));
                grams.add(GramCounts.key(w, i - N + 1, N - 1));
            }
        }
    }

    /** The shared instance, or null when the word list is not on the classpath. */
    static LostLetters get() {
        LostLetters l = instance;
        if (l == null) {
            synchronized (LostLetters.class) {
                l = instance;
                if (l == null) {
                    l = load();
                    instance = l;
                }
            }
        }
        return l.frequency.isEmpty() ? null : l;
    }

    private static LostLetters load() {
        Map<String, Integer> freq = new HashMap<>();
        Set<String> proper = new HashSet<>();
        Set<String> common = new HashSet<>();
        // dictionary lines: "word FLAG FLAG…"; IS_OA marks a proper noun
        forEachLine("/turkish_dictionary.txt", line -> {
            String[] p = line.split(" ");
            if (p.length < 2 || p[1].equals("IS_HEADER")) {
                return;
            }
            String w = lower(p[0]);
            freq.merge(w, 1, Integer::sum);
            if (p.length == 2 && p[1].equals("IS_OA")) {
                proper.add(w);
            } else {
                common.add(w);
            }
        });
        // spelling list lines: "misspelt correct"; how often a form is a correction is a proxy for its use
        forEachLine("/turkish_misspellings.txt", line -> {
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                return;
            }
            String right = line.substring(sp + 1);
            if (right.indexOf('\'') >= 0) {
                right = right.substring(0, right.indexOf('\''));
            }
            if (right.isEmpty()) {
                return;
            }
            String w = lower(right);
            freq.merge(w, 1, Integer::sum);
            if (Character.isUpperCase(right.charAt(0))) {
                proper.add(w);
            } else {
                common.add(w);
            }
        });
        proper.removeAll(common);
        return new LostLetters(freq, proper);
    }

    private interface LineConsumer {
        void accept(String line);
    }

    private static void forEachLine(String resource, LineConsumer c) {
        InputStream in = LostLetters.class.getResourceAsStream(resource);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                c.accept(line.strip());
            }
        } catch (IOException e) {
            // a broken word list only means fewer restorations
        }
    }

    /** The text with lost letters inside words put back; {@code restored[0]} counts them. */
    String restore(String text, int[] restored) {
        char[] out = text.toCharArray();
        int n = out.length;
        int i = 0;
        while (i < n) {
            if (out[i] != LOST) {
                i++;
                continue;
            }
            int s = i;
            while (s > 0 && wordChar(out[s - 1])) {
                s--;
            }
            int e = i;
            while (e < n && wordChar(out[e])) {
                e++;
            }
            while (s < i && isApostrophe(out[s])) {
                s++; // an opening quotation mark is not part of the word
            }
            while (e > i + 1 && isApostrophe(out[e - 1])) {
                e--;
            }
            if (e - s == 1 && s >= 2 && e < n && out[s - 1] == '.' && out[e] == '.' && Character.isLetter(out[s - 2])) {
                s -= 2; // one letter of an abbreviation ("A.Ş."): look the abbreviation up
                e++;
            }
            if (!hasLetter(out, s, e) && e - s > 2) {
                i = e;
                continue; // not inside a word: nothing to go on
            }
            restoreWord(out, s, e, restored);
            i = Math.max(e, i + 1);
        }
        return new String(out);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == LOST || isApostrophe(c);
    }

    private static boolean hasLetter(char[] a, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isLetter(a[k])) {
                return true;
            }
        }
        return false;
    }

    private void restoreWord(char[] out, int s, int e, int[] restored) {
        // the key is the word in lower case without apostrophes; the lexicon check uses its stem
        StringBuilder key = new StringBuilder();
        List<Integer> slots = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int k = s; k < e; k++) {
            char c = out[k];
            if (isApostrophe(c)) {
                continue;
            }
            if (c == LOST) {
                slots.add(key.length());
                positions.add(k);
            }
            key.append(c == LOST ? LOST : lower(c));
        }
        int stemEnd = stemEnd(out, s, e);
        List<String> beam = List.of(key.toString());
        for (int j = 0; j < slots.size(); j++) {
            int slot = slots.get(j);
            // a lower-case i is ASCII and never lost; an i here can only be the lower case of a lost İ
            boolean mayBeUpper = upperHere(out, s, e, positions.get(j), true);
            List<String> next = new ArrayList<>(beam.size() * CANDIDATES.length);
            for (String w : beam) {
                for (char c : CANDIDATES) {
                    if (c == 'i' && !mayBeUpper) {
                        continue;
                    }
                    char[] a = w.toCharArray();
                    a[slot] = c;
                    next.add(new String(a));
                }
            }
            if (next.size() > BEAM) {
                next.sort((x, y) -> Double.compare(prefixScore(y, slot + 1), prefixScore(x, slot + 1)));
                next = new ArrayList<>(next.subList(0, BEAM));
            }
            beam = next;
        }
        String best = null;
        boolean bestProper = false;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String w : beam) {
            String stem = w.substring(0, Math.min(stemEnd, w.length()));
            boolean proper = properNouns.contains(stem);
            if (!caseFits(out, s, e, w, slots, positions, proper)) {
                continue;
            }
            int f = frequency.getOrDefault(w, 0) + (stem.length() < w.length() ? frequency.getOrDefault(stem, 0) : 0);
            double score = (f > 0 ? 1000 + Math.log(f) * 2 : 0) + gramScore(w);
            if (score > bestScore) {
                bestScore = score;
                best = w;
                bestProper = proper;
            }
        }
        if (best == null) {
            return;
        }
        for (int k = 0; k < positions.size(); k++) {
            int pos = positions.get(k);
            char c = best.charAt(slots.get(k));
            out[pos] = upperHere(out, s, e, pos, bestProper) ? upper(c) : c;
            restored[0]++;
        }
    }

    /** A lower-case i is never lost (it is ASCII), so a candidate may have one only where the letter is İ. */
    private static boolean caseFits(char[] out, int s, int e, String w, List<Integer> slots, List<Integer> positions,
                                    boolean proper) {
        for (int k = 0; k < slots.size(); k++) {
            if (w.charAt(slots.get(k)) == 'i' && !upperHere(out, s, e, positions.get(k), proper)) {
                return false;
            }
        }
        return true;
    }

    /** Length of the word's key before its first apostrophe (the stem of {@code Yasası'nın}). */
    private static int stemEnd(char[] a, int s, int e) {
        int len = 0;
        for (int k = s; k < e; k++) {
            if (a[k] == '\'' || a[k] == '’') {
                return len;
            }
            len++;
        }
        return len;
    }

    /** Whether the letter at {@code pos} is upper case, from its neighbours (and, word-initially, context). */
    private static boolean upperHere(char[] a, int s, int e, int pos, boolean proper) {
        boolean prevUpper = false;
        boolean nextUpper = false;
        boolean nextLower = false;
        for (int k = pos - 1; k >= s; k--) {
            if (Character.isLetter(a[k])) {
                prevUpper = Character.isUpperCase(a[k]);
                break;
            }
        }
        for (int k = pos + 1; k < e; k++) {
            if (Character.isLetter(a[k])) {
                nextUpper = Character.isUpperCase(a[k]);
                nextLower = !nextUpper;
                break;
            }
        }
        if (pos == s) {
            return nextUpper || proper || sentenceStart(a, s);
        }
        return prevUpper && !nextLower && (nextUpper || pos + 1 >= e || !Character.isLetter(a[pos + 1]))
                && allCapsBefore(a, s, pos);
    }

    private static boolean allCapsBefore(char[] a, int s, int pos) {
        for (int k = s; k < pos; k++) {
            if (Character.isLowerCase(a[k])) {
                return false;
            }
        }
        return true;
    }

    /** True at the start of the text, a line, a sentence or a quotation. */
    private static boolean sentenceStart(char[] a, int s) {
        for (int k = s - 1; k >= 0; k--) {
            char c = a[k];
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                continue;
            }
            if (c == '"' || c == '\'' || c == '’' || c == '”') {
                // an opening quotation mark (after a space) starts a quotation; a closing one ends a word
                boolean opening = k == 0 || Character.isWhitespace(a[k - 1]) || a[k - 1] == '(';
                if (opening) {
                    return true;
                }
                continue;
            }
            return c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':'
                    || c == '“' || c == '‘' || c == '«' || c == '(' || c == '-' || c == '–' || c == '—';
        }
        return true;
    }

    /** Log-likelihood of the word's first {@code upTo} characters (no end mark). */
    private double prefixScore(String w, int upTo) {
        return gramScore(w, upTo);
    }

    /** Log-likelihood of the whole word, end mark included. */
    private double gramScore(String w) {
        return gramScore(w, w.length() + 1);
    }

    private double gramScore(String w, int upTo) {
        double t = 0;
        for (int i = 0; i < upTo; i++) {
            boolean unknown = false;
            for (int k = i - N + 1; k <= i; k++) {
                if (k >= 0 && k < w.length() && w.charAt(k) == LOST) {
                    unknown = true;
                }
            }
            if (unknown) {
                continue;
            }
            int g = grams.get(GramCounts.key(w, i - N + 1, N));
            int c = grams.get(GramCounts.key(w, i - N + 1, N - 1));
            t += Math.log((g + 0.1) / (c + 3.0));
        }
        return t;
    }

    private static String lower(String s) {
        return TurkishCase.lower(s);
    }

    private static char lower(char c) {
        return TurkishCase.lower(c);
    }

    private static char upper(char c) {
        return TurkishCase.upper(c);
    }
}
