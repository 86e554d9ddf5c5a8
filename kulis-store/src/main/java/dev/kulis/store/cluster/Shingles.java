package dev.kulis.store.cluster;

import dev.kulis.model.Token;
import dev.kulis.text.Normalizer;
import dev.kulis.text.TurkishCase;
import dev.kulis.text.TurkishTokenizer;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct word shingles of a text as 64-bit hashes. Words come from the text layer's tokenizer over the
 * normalised text, Turkish-lower-cased and ASCII-folded, with everything but letters and digits removed, so
 * {@code Kocaoğlu'na}, {@code KOCAOGLUNA} and {@code Kocaoğlu’na} are one word (old copies lost their apostrophes
 * and Turkish letters) and {@code 2.500} is {@code 2500}. Punctuation and quote marks are not words: a copy that
 * changed its quote style still matches. Immutable and thread-safe.
 */
final class Shingles {
    private final int size;
    private final Normalizer normalizer = new Normalizer();
    private final TurkishTokenizer tokenizer = new TurkishTokenizer();

    Shingles(int size) {
        this.size = size;
    }

    /** Sorted, distinct shingle hashes of {@code text[from, to)}; empty when it has fewer than {@code size} words. */
    long[] of(String text, int from, int to) {
        String norm = normalizer.normalize(text, from, to).normalized();
        List<Token> tokens = tokenizer.tokenize(norm);
        long[] words = new long[tokens.size()];
        int n = 0;
        for (Token t : tokens) {
            long w = wordHash(t.text());
            if (w != 0) {
                words[n++] = w;
            }
        }
        if (n < size) {
            return new long[0];
        }
        long[] shingles = new long[n - size + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < size; j++) {
                h = Mix.mix64(h ^ words[i + j]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /** FNV-1a over the folded letters and digits of a token; 0 when it has none (punctuation). */
    static long wordHash(String token) {
        String folded = TurkishCase.foldAscii(token);
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ c) * 0x100000001b3L;
                any = true;
            }
        }
        return any ? Mix.mix64(h) | 1 : 0;
    }

    private static long[] distinct(long[] sorted) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
    }
}
