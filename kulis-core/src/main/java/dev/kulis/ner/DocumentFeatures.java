package dev.kulis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-local features for the document model (two-stage tagging, after Krishnan &amp; Manning 2006): the local
 * model's labels for the token and its neighbours, and how the local model labelled the same capitalised
 * word elsewhere within {@code window} sentences before and after ("Karadayı" alone is a person when
 * "İsmail Hakkı Karadayı" was one two sentences earlier). The token's own label is not counted.
 */
final class DocumentFeatures {
    /** Sentences looked at on each side; news articles in the training data run ~20–40 sentences. */
    static final int WINDOW = 25;
    private static final int STAGE1 = 101, STAGE1_PREV = 102, STAGE1_NEXT = 103, DOC_TYPE = 104, DOC_MAJ = 105,
            DOC_NONE = 106, DOC_MAJ_LEFT = 107, DOC_MAJ_RIGHT = 108, STAGE1_PAIR = 109;
    /** Count slots: 0 capitalised mid-sentence but O, 1..6 the B/I labels. */
    private static final int SLOTS = NerLabels.COUNT;

    private DocumentFeatures() {
    }

    /** The words of a sentence as the document features read them: lower-case stems and capitalisation classes. */
    record Words(String[] stems, int[] caps) {
        /** The stems and classes the feature extractor gave the tokens ({@code Türkiyede} → {@code türkiye}). */
        static Words of(FeatureExtractor.Form[] used) {
            String[] st = new String[used.length];
            int[] cp = new int[used.length];
            for (int i = 0; i < used.length; i++) {
                st[i] = used[i].stem;
                cp[i] = used[i].cap;
            }
            return new Words(st, cp);
        }
    }

    /**
     * The local keys of every sentence extended with document keys.
     *
     * @param words    sentences in reading order, as the feature extractor read them
     * @param local    their local feature keys
     * @param stage1   the local model's labels for them
     * @param isolated sentences to treat as if alone (no neighbours), or null
     */
    static List<long[][]> extend(List<Words> words, List<long[][]> local, List<int[]> stage1, int window,
                                 boolean[] isolated) {
        List<long[][]> doc = keys(words, stage1, window, isolated);
        List<long[][]> out = new ArrayList<>(doc.size());
        for (int s = 0; s < doc.size(); s++) {
            long[][] l = local.get(s), d = doc.get(s), both = new long[l.length][];
            for (int i = 0; i < l.length; i++) {
                both[i] = Arrays.copyOf(l[i], l[i].length + d[i].length);
                System.arraycopy(d[i], 0, both[i], l[i].length, d[i].length);
            }
            out.add(both);
        }
        return out;
    }

    /** The document keys alone of every token, in the order {@link #extend} appends them to the local keys. */
    static List<long[][]> keys(List<Words> words, List<int[]> stage1, int window, boolean[] isolated) {
        int n = words.size();
        Map<String, int[]> counts = new HashMap<>(), cueCounts = new HashMap<>();
        List<Map<String, int[]>> cues = new ArrayList<>(n);
        for (Words w : words) {
            cues.add(DocumentCues.of(w.stems(), w.caps()));
        }
        List<long[][]> out = new ArrayList<>(n);
        int lo = 0, hi = 0; // sentences [lo, hi) are counted
        for (int s = 0; s < n; s++) {
            int from = Math.max(0, s - window), to = Math.min(n, s + window + 1);
            while (hi < to) {
                count(words.get(hi), stage1.get(hi), counts, +1);
                DocumentCues.add(cueCounts, cues.get(hi), +1);
                hi++;
            }
            while (lo < from) {
                count(words.get(lo), stage1.get(lo), counts, -1);
                DocumentCues.add(cueCounts, cues.get(lo), -1);
                lo++;
            }
            Map<String, int[]> view = counts, cueView = cueCounts;
            if (isolated != null && isolated[s]) {
                view = new HashMap<>();
                count(words.get(s), stage1.get(s), view, +1);
                cueView = cues.get(s);
            }
            out.add(sentence(words.get(s).stems(), words.get(s).caps(), stage1.get(s), view, cueView, cues.get(s)));
        }
        return out;
    }

    private static void count(Words words, int[] labels, Map<String, int[]> counts, int delta) {
        String[] stems = words.stems();
        int[] caps = words.caps();
        for (int i = 0; i < stems.length; i++) {
            int slot = slot(caps, labels, i);
            if (slot >= 0) {
                counts.computeIfAbsent(stems[i], k -> new int[SLOTS])[slot] += delta;
            }
        }
    }

    /** The count slot of token i, or -1 when it is not counted (lower case, punctuation, O at sentence start). */
    private static int slot(int[] caps, int[] labels, int i) {
        if (caps[i] != 1 && caps[i] != 2) {
            return -1;
        }
        if (labels[i] != NerLabels.O) {
            return labels[i];
        }
        return i == 0 ? -1 : 0;
    }

    private static long[][] sentence(String[] stems, int[] caps, int[] stage1, Map<String, int[]> counts,
                                     Map<String, int[]> cueWindow, Map<String, int[]> cueOwn) {
        List<Long> cueKeys = new ArrayList<>();
        int n = stems.length;
        int[] majority = new int[n];
        long[][] out = new long[n][];
        int[] own = new int[SLOTS];
        for (int i = 0; i < n; i++) {
            majority[i] = -1;
            int slot = slot(caps, stage1, i);
            int[] c = counts.get(stems[i]);
            if (c == null || (caps[i] != 1 && caps[i] != 2)) {
                continue;
            }
            System.arraycopy(c, 0, own, 0, SLOTS);
            if (slot >= 0) {
                own[slot]--;
            }
            int[] byType = {own[0], own[1] + own[2], own[3] + own[4], own[5] + own[6]};
            int best = -1;
            for (int t = 0; t < 4; t++) {
                if (byType[t] > 0 && (best < 0 || byType[t] > byType[best])) {
                    best = t;
                }
            }
            majority[i] = best;
        }
        for (int i = 0; i < n; i++) {
            long[] keys = new long[12];
            int k = 0;
            int initial = i == 0 ? 1 : 0;
            keys[k++] = FeatureHash.of(STAGE1, stage1[i]);
            keys[k++] = FeatureHash.of(STAGE1_PREV, i > 0 ? stage1[i - 1] : -1);
            keys[k++] = FeatureHash.of(STAGE1_NEXT, i + 1 < n ? stage1[i + 1] : -1);
            keys[k++] = FeatureHash.of(STAGE1_PAIR, (i > 0 ? stage1[i - 1] : 9) * 10 + stage1[i]);
            if (caps[i] == 1 || caps[i] == 2) {
                int[] c = counts.get(stems[i]);
                int slot = slot(caps, stage1, i);
                int total = 0;
                if (c != null) {
                    for (int t = 1; t <= 3; t++) {
                        int b = c[2 * t - 1] - (slot == 2 * t - 1 ? 1 : 0), in = c[2 * t] - (slot == 2 * t ? 1 : 0);
                        total += b + in;
                        if (b + in > 0) {
                            keys[k++] = FeatureHash.of(DOC_TYPE, t * 4 + (b > 0 ? 1 : 0) + (in > 0 ? 2 : 0));
                        }
                    }
                    total += c[0] - (slot == 0 ? 1 : 0);
                }
                if (total == 0) {
                    keys[k++] = FeatureHash.of(DOC_NONE, caps[i] * 2 + initial);
                } else {
                    keys[k++] = FeatureHash.of(DOC_MAJ, majority[i] * 100 + stage1[i] * 10 + caps[i] * 2 + initial);
                }
            }
            keys[k++] = FeatureHash.of(DOC_MAJ_LEFT, i > 0 ? majority[i - 1] : -2);
            keys[k++] = FeatureHash.of(DOC_MAJ_RIGHT, i + 1 < n ? majority[i + 1] : -2);
            cueKeys.clear();
            DocumentCues.keys(stems[i], caps[i], stage1[i], cueWindow, cueOwn, cueKeys);
            out[i] = Arrays.copyOf(keys, k + cueKeys.size());
            for (int c = 0; c < cueKeys.size(); c++) {
                out[i][k + c] = cueKeys.get(c);
            }
        }
        return out;
    }
}
