package dev.kulis.ner;

import dev.kulis.text.Apostrophes;
import java.util.function.Consumer;

/**
 * A deliberately simple word splitter for the unlabelled news used to learn clusters: a word is a run of
 * letters and digits with apostrophes and full stops inside it ({@code Kocaoğlu'na}, {@code A.Ş}); any other
 * non-space character is a token of its own. Good enough for distributional counts, and much faster than
 * the full tokenizer.
 */
final class NewsWords {
    private NewsWords() {
    }

    /** Calls {@code sink} with each token of {@code line} in order. */
    static void split(String line, Consumer<String> sink) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                sink.accept(String.valueOf(c));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = line.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((Apostrophes.is(d) || d == '.') && j + 1 < n
                        && Character.isLetterOrDigit(line.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            sink.accept(line.substring(i, j));
            i = j;
        }
    }

    /** Whether a token closes a sentence or opens a quotation, so that the next word may be capitalised anyway. */
    static boolean forcesCapital(String token) {
        if (token.length() != 1) {
            return false;
        }
        return ".!?:\"“”‘’'(-–—…".indexOf(token.charAt(0)) >= 0;
    }
}
