package dev.kulis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the text itself says about a capitalised word elsewhere in the document, independent of the local
 * model: "Evyap firmasıyla" or "Eczacıbaşı Grubu" mark the bare "Evyap" and "Eczacıbaşı" of other sentences as
 * organisations, "Bay Niego" marks "Niego" as a person. Counted over the document model's window of sentences,
 * the token's own sentence left out (its local features already see it).
 */
final class DocumentCues {
    // template numbers continue DocumentFeatures'; never renumber
    static final int CUE = 110, CUE_NONE = 111, CUE_LABEL = 112;
    private static final HeadWords ORG_HEADS = HeadWords.resource("/dev/kulis/ner/org-heads.txt");
    private static final HeadWords LOC_HEADS = HeadWords.resource("/dev/kulis/ner/loc-heads.txt");
    private static final WordList PERSON_BEFORE = WordList.resource("/dev/kulis/ner/person-before.txt");
    private static final WordList PERSON_AFTER = WordList.resource("/dev/kulis/ner/person-after.txt");
    private static final java.util.Set<String> LIST_JOINS = java.util.Set.of("ve", ",", "ile", "veya");
    /** Cue kinds: 0 person, 1 organisation head, 2 place head. */
    static final int KINDS = 3;

    private DocumentCues() {
    }

    private static boolean capital(int cap) {
        return cap == 1 || cap == 2;
    }

    /** The cues each capitalised stem of one sentence gets from that sentence. */
    static Map<String, int[]> of(String[] stems, int[] caps) {
        Map<String, int[]> out = new HashMap<>();
        int n = stems.length;
        for (int f = 0; f < n; ) {
            if (!capital(caps[f])) {
                f++;
                continue;
            }
            int t = f + 1;
            while (t < n && capital(caps[t])) {
                t++;
            }
            // the head is the run's last word, or a lower-case head right after it ("Evyap firması")
            String last = stems[t - 1];
            int headEnd = t - 1;
            String after = t < n && caps[t] == 0 ? stems[t] : null;
            int kind = -1;
            if (after != null && ORG_HEADS.contains(after)) {
                kind = 1;
                headEnd = t;
            } else if (after != null && LOC_HEADS.contains(after)) {
                kind = 2;
                headEnd = t;
            } else if (t - f > 1 && ORG_HEADS.contains(last)) {
                kind = 1;
            } else if (t - f > 1 && LOC_HEADS.contains(last)) {
                kind = 2;
            } else if ((f > 0 && PERSON_BEFORE.contains(stems[f - 1])) || (t < n && PERSON_AFTER.contains(stems[t]))) {
                kind = 0;
            }
            if (kind >= 0) {
                for (int i = f; i < t && i < headEnd; i++) {
                    out.computeIfAbsent(stems[i], k -> new int[KINDS])[kind]++;
                }
                // "Lever ve Evyap firmaları": a plural head names every name of the list before it
                if (after != null && headEnd == t && (ORG_HEADS.isPlural(after) || LOC_HEADS.isPlural(after))) {
                    int k = f - 1;
                    while (k > 0 && LIST_JOINS.contains(stems[k]) && capital(caps[k - 1])) {
                        int s = k - 1;
                        while (s > 0 && capital(caps[s - 1])) {
                            s--;
                        }
                        for (int i = s; i < k; i++) {
                            out.computeIfAbsent(stems[i], x -> new int[KINDS])[kind]++;
                        }
                        k = s - 1;
                    }
                }
            }
            f = t;
        }
        return out;
    }

    static void add(Map<String, int[]> into, Map<String, int[]> cues, int delta) {
        for (Map.Entry<String, int[]> e : cues.entrySet()) {
            int[] c = into.computeIfAbsent(e.getKey(), k -> new int[KINDS]);
            for (int x = 0; x < KINDS; x++) {
                c[x] += delta * e.getValue()[x];
            }
        }
    }

    /** Keys for token i of a sentence given the window's cue counts and the sentence's own. */
    static void keys(String stem, int cap, int stage1, Map<String, int[]> window, Map<String, int[]> own,
                     List<Long> out) {
        if (!capital(cap)) {
            return;
        }
        int[] w = window.get(stem), o = own.get(stem);
        boolean any = false;
        for (int x = 0; x < KINDS; x++) {
            int c = (w == null ? 0 : w[x]) - (o == null ? 0 : o[x]);
            if (c > 0) {
                any = true;
                int bin = c >= 3 ? 2 : c;
                out.add(FeatureHash.of(CUE, x * 10 + bin));
                out.add(FeatureHash.of(CUE_LABEL, x * 100 + stage1));
            }
        }
        if (!any) {
            out.add(FeatureHash.of(CUE_NONE, cap));
        }
    }
}
