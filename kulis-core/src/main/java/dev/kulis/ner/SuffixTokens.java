package dev.kulis.ner;

import dev.kulis.text.Apostrophes;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the two tokenisations of an apostrophe suffix: Milliyet's ({@code Türkiye} {@code 'yi},
 * two tokens) and Kulis's ({@code Türkiye'yi}, one token). The tagger works on the joined form; tags are
 * mapped back onto split tokens so that a suffix token continues its entity only when the entity goes on
 * after it (as the Milliyet gold does), and is O otherwise.
 */
public final class SuffixTokens {
    private SuffixTokens() {
    }

    /** Joined tokens, and for each joined token the index of its first original token. */
    public record Joined(List<String> tokens, int[] origin, int originalSize) {
    }

    /** A token made only of an apostrophe and letters ({@code 'nin}, {@code ’da}). */
    public static boolean isSuffix(String token) {
        if (token.length() < 2 || !Apostrophes.is(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }


    public static Joined join(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int[] origin = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!out.isEmpty() && isSuffix(t) && Character.isLetterOrDigit(last(out.get(out.size() - 1)))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + t);
            } else {
                origin[out.size()] = i;
                out.add(t);
            }
        }
        return new Joined(out, java.util.Arrays.copyOf(origin, out.size()), tokens.size());
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Labels of the joined tokens mapped back onto the original tokens. */
    public static int[] split(Joined joined, int[] labels) {
        int[] out = new int[joined.originalSize()];
        int n = labels.length;
        for (int j = 0; j < n; j++) {
            int from = joined.origin()[j];
            int to = j + 1 < n ? joined.origin()[j + 1] : joined.originalSize();
            out[from] = labels[j];
            boolean continues = j + 1 < n && labels[j] != NerLabels.O && NerLabels.isInside(labels[j + 1]);
            for (int k = from + 1; k < to; k++) {
                out[k] = continues ? NerLabels.inside(labels[j]) : NerLabels.O;
            }
        }
        return out;
    }

    /** A value per joined token spread onto the original tokens (a suffix token takes its word's value). */
    public static float[] spread(Joined joined, float[] values) {
        float[] out = new float[joined.originalSize()];
        int n = values.length;
        for (int j = 0; j < n; j++) {
            int to = j + 1 < n ? joined.origin()[j + 1] : joined.originalSize();
            for (int k = joined.origin()[j]; k < to; k++) {
                out[k] = values[j];
            }
        }
        return out;
    }

    /** A training sentence in the joined form: a suffix takes its word's label. */
    public static NerSentence joinSentence(NerSentence s) {
        Joined j = join(s.tokens());
        int[] labels = new int[j.tokens().size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = s.labels()[j.origin()[k]];
        }
        return new NerSentence(j.tokens(), ConllNer.repair(labels));
    }
}
