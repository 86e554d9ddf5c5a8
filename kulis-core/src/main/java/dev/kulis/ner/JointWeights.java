package dev.kulis.ner;

/**
 * Both tagging stages' label weights in one open-addressing table (linear probing, key 0 = empty): a slot is
 * 16 ints, the 64-bit key and the local and document models' 13 {@link Bilou} weights each as {@link Bfloat16}
 * pairs (7 ints a model), so the lookup of a sentence
 * feature, which serves both stages, touches one or two cache lines instead of a key table and two weight
 * tables. Tagging is bound by these memory reads (a million random ones per thousand tokens). A model that
 * lacks a key holds 0 weights for it: adding 0 leaves every score as skipping it would. Immutable.
 */
final class JointWeights {
    private static final int L = Bilou.COUNT;
    private static final int STRIDE = 16, PACKED = (L + 1) / 2;
    private static final int LOCAL = 2, DOCUMENT = 2 + PACKED;

    private final int[] slots;
    private final int mask;
    /**
     * One bit per 2^23 values of a key's top bits, set for every key the models hold: most keys of new text are
     * in neither model, and this 1 MB filter (cache-resident, unlike the table) turns most of them away before
     * they cost a memory read of the table.
     */
    private final long[] present = new long[1 << 17];

    JointWeights(LinearModel local, LinearModel document) {
        FeatureTable lt = local.table(), dt = document.table();
        int union = lt.size();
        for (int id = 0; id < dt.size(); id++) {
            if (lt.get(dt.key(id)) < 0) {
                union++;
            }
        }
        // load ≤ 0.6 keeps misses (most keys of new text) to a couple of probes
        int cap = Integer.highestOneBit(Math.max(16, (int) (union / 0.6))) << 1;
        slots = new int[cap * STRIDE];
        mask = cap - 1;
        for (int pass = 0; pass < 2; pass++) {
            LinearModel m = pass == 0 ? local : document;
            FeatureTable t = m.table();
            int at = pass == 0 ? LOCAL : DOCUMENT;
            for (int id = 0; id < t.size(); id++) {
                long key = t.key(id);
                int top = (int) (key >>> 41);
                present[top >>> 6] |= 1L << top;
                int b = slot(key) * STRIDE;
                slots[b] = (int) key;
                slots[b + 1] = (int) (key >>> 32);
                for (int j = 0; j < PACKED; j++) {
                    int y = 2 * j;
                    slots[b + at + j] = Bfloat16.pack(m.weight(id, y), y + 1 < L ? m.weight(id, y + 1) : 0f);
                }
            }
        }
    }

    /** False when neither model holds {@code key}; true for every key they hold (and a few others). */
    private boolean mayHold(long key) {
        int top = (int) (key >>> 41);
        return (present[top >>> 6] & (1L << top)) != 0;
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int lo = (int) key, hi = (int) (key >>> 32);
        for (int i = (lo ^ hi) & mask; ; i = (i + 1) & mask) {
            int b = i * STRIDE;
            if (slots[b] == lo && slots[b + 1] == hi || slots[b] == 0 && slots[b + 1] == 0) {
                return i;
            }
        }
    }

    /**
     * Reads the home slot of every key and returns a value made from them, which the caller must use (else the
     * JIT drops the reads). Branch-free, so the processor overlaps the cache misses of many keys; the lookups
     * that follow then mostly hit the cache instead of waiting for memory one key at a time.
     */
    int touch(long[] keys) {
        int x = 0;
        for (long key : keys) {
            if (mayHold(key)) {
                int b = (((int) key ^ (int) (key >>> 32)) & mask) * STRIDE;
                x += slots[b] + slots[b + STRIDE - 1]; // a slot may straddle two cache lines
            }
        }
        return x;
    }

    /** Adds a sentence feature's weights to both stages' scores of one token ({@code row} = token × labels). */
    void addBoth(long key, float[] local, float[] document, int row) {
        if (!mayHold(key)) {
            return;
        }
        int b = slot(key) * STRIDE;
        if (slots[b] == 0 && slots[b + 1] == 0) {
            return;
        }
        add(b + LOCAL, local, row);
        add(b + DOCUMENT, document, row);
    }

    /** Adds the packed weights at {@code at} to the scores of one token (pairs: high half even, low half odd). */
    private void add(int at, float[] scores, int row) {
        for (int j = 0; j < L / 2; j++) {
            int v = slots[at + j];
            scores[row + 2 * j] += Float.intBitsToFloat(v & 0xFFFF0000);
            scores[row + 2 * j + 1] += Float.intBitsToFloat(v << 16);
        }
        if ((L & 1) != 0) {
            scores[row + L - 1] += Float.intBitsToFloat(slots[at + L / 2] & 0xFFFF0000);
        }
    }

    /** Adds a document feature's weights to the document stage's scores of one token. */
    void addDocument(long key, float[] document, int row) {
        if (!mayHold(key)) {
            return;
        }
        int b = slot(key) * STRIDE;
        if (slots[b] == 0 && slots[b + 1] == 0) {
            return;
        }
        add(b + DOCUMENT, document, row);
    }
}
