package dev.kulis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How consistently a gold set tags the words that a reference set tags almost always: the words the reference
 * tags as (part of) a name in at least {@code minShare} of their uses, seen tagged at least {@code minTagged}
 * times, and how often each set leaves them untagged. Milliyet dev leaves such words untagged ten times as often
 * as train does, which caps the precision any tagger trained on train can show on dev.
 *
 * @param words        how many words qualify
 * @param untaggedRef  their untagged uses in the reference set
 * @param usesRef      all their uses there
 * @param untagged     their untagged uses in the set compared
 * @param uses         all their uses there
 */
public record AnnotationConsistency(int words, long untaggedRef, long usesRef, long untagged, long uses) {

    public static AnnotationConsistency of(List<NerSentence> reference, List<NerSentence> compared, int minTagged,
                                           double minShare) {
        Map<String, long[]> ref = counts(reference), cmp = counts(compared);
        int words = 0;
        long ur = 0, nr = 0, uc = 0, nc = 0;
        for (Map.Entry<String, long[]> e : ref.entrySet()) {
            long tagged = e.getValue()[0], all = tagged + e.getValue()[1];
            if (tagged < minTagged || tagged < minShare * all) {
                continue;
            }
            words++;
            ur += e.getValue()[1];
            nr += all;
            long[] c = cmp.get(e.getKey());
            if (c != null) {
                uc += c[1];
                nc += c[0] + c[1];
            }
        }
        return new AnnotationConsistency(words, ur, nr, uc, nc);
    }

    /** Per token: {tagged, untagged}. */
    private static Map<String, long[]> counts(List<NerSentence> sentences) {
        Map<String, long[]> out = new HashMap<>();
        for (NerSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                out.computeIfAbsent(s.tokens().get(i), k -> new long[2])[s.labels()[i] == NerLabels.O ? 1 : 0]++;
            }
        }
        return out;
    }

    public double untaggedShareRef() {
        return usesRef == 0 ? 0 : (double) untaggedRef / usesRef;
    }

    public double untaggedShare() {
        return uses == 0 ? 0 : (double) untagged / uses;
    }
}
