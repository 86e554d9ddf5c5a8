package dev.kulis.eval;

import dev.kulis.text.TurkishCase;
import java.text.Normalizer;
import java.util.List;

/**
 * Lemma accuracy over surface tokens, computed as {@code score.py lemma} does: a multiword token counts once
 * with its first word's lemma; lemmas are compared in Turkish lower case (NFC).
 *
 * @param correct surface tokens whose predicted lemma matches the gold one
 * @param total   surface tokens
 */
public record LemmaAccuracy(int correct, int total) {

    public double percent() {
        return total == 0 ? 0 : 100.0 * correct / total;
    }

    /** Compares two parallel lists of sentences (same tokens, as {@link LemmaConllu#fill} keeps them). */
    public static LemmaAccuracy of(List<ConlluSentence> gold, List<ConlluSentence> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("sentence counts differ: " + gold.size() + " vs " + predicted.size());
        }
        int ok = 0;
        int n = 0;
        for (int i = 0; i < gold.size(); i++) {
            List<String> g = surfaceLemmas(gold.get(i));
            List<String> p = surfaceLemmas(predicted.get(i));
            if (g.size() != p.size()) {
                throw new IllegalArgumentException("token counts differ in sentence " + (i + 1));
            }
            for (int k = 0; k < g.size(); k++) {
                n++;
                if (fold(g.get(k)).equals(fold(p.get(k)))) {
                    ok++;
                }
            }
        }
        return new LemmaAccuracy(ok, n);
    }

    /** The lemma of every surface token: a range line takes the lemma of the first word inside it. */
    static List<String> surfaceLemmas(ConlluSentence s) {
        List<String> out = new java.util.ArrayList<>();
        int skipTo = 0;
        int pending = -1;
        for (String[] r : s.rows()) {
            if (ConlluSentence.isEmptyNode(r)) {
                continue;
            }
            if (ConlluSentence.isRange(r)) {
                skipTo = Integer.parseInt(r[0].substring(r[0].indexOf('-') + 1));
                pending = out.size();
                out.add(null);
                continue;
            }
            if (Integer.parseInt(r[0]) <= skipTo) {
                if (pending >= 0 && out.get(pending) == null) {
                    out.set(pending, r[2]);
                }
                continue;
            }
            out.add(r[2]);
        }
        out.replaceAll(x -> x == null ? "" : x);
        return out;
    }

    static String fold(String s) {
        return Normalizer.normalize(TurkishCase.lower(s), Normalizer.Form.NFC);
    }
}
