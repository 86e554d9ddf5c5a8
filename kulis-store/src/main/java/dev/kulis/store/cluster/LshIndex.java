package dev.kulis.store.cluster;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Locality-sensitive hashing over compact MinHash signatures: each signature is cut into bands of rows, and two
 * signatures are candidates when they agree on every row of at least one band. Row {@code i} holds the
 * signatures and sizes of the {@code i}-th added text.
 *
 * <p>Memory is flat int arrays, no object per entry: signatures ({@code hashes} ints a row) and one chain link
 * per row and band in pages of {@value #PAGE} rows (growing never copies them nor over-allocates more than a
 * page), and a power-of-two bucket table with a slot per two to four links. Buckets are addressed by the
 * band's hash alone; each slot also keeps 32 tag bits, one set per band hash that went into it, so a lookup
 * skips a chain that cannot hold its band without touching it (at 40k articles the cost of a lookup is its
 * cache misses, not its arithmetic). Rows in a chain from another band or with other values are skipped by
 * comparing the band itself. Not thread-safe (the caller synchronises).
 */
final class LshIndex {
    private static final int SHIFT = 10;
    static final int PAGE = 1 << SHIFT;
    private final int hashes;
    private final int bands;
    private final int rows;
    private int count;
    /** signature pages: row r's minima at sigs[r >> SHIFT][(r & (PAGE-1)) * hashes ...] */
    private int[][] sigs = new int[0][];
    /** link pages: the next entry after (row, band), as entry + 1; 0 ends the chain */
    private int[][] next = new int[0][];
    private int[] sizes;
    /** per bucket: tag bits (high half) and its first entry as entry + 1 (low half; 0 is empty) */
    private long[] buckets;
    /** the query that last visited each row, to report each candidate once */
    private int[] seen;
    private int query;

    LshIndex(int hashes, int bands, int rows) {
        this.hashes = hashes;
        this.bands = bands;
        this.rows = rows;
        sizes = new int[PAGE];
        seen = new int[PAGE];
        buckets = new long[Integer.highestOneBit(PAGE * bands) / 2];
    }

    int size() {
        return count;
    }

    int sizeOf(int row) {
        return sizes[row];
    }

    /** Adds a compact signature with its shingle count; returns its row. */
    int add(int[] sig, int shingles) {
        if (count == sizes.length) {
            sizes = Arrays.copyOf(sizes, count + count / 2);
            seen = Arrays.copyOf(seen, sizes.length);
        }
        if (count >> SHIFT == sigs.length) {
            sigs = Arrays.copyOf(sigs, sigs.length + 1);
            sigs[sigs.length - 1] = new int[PAGE * hashes];
            next = Arrays.copyOf(next, next.length + 1);
            next[next.length - 1] = new int[PAGE * bands];
        }
        int row = count++;
        System.arraycopy(sig, 0, sigs[row >> SHIFT], (row & (PAGE - 1)) * hashes, hashes);
        sizes[row] = shingles;
        if ((long) count * bands > 4L * buckets.length) {
            rehash(buckets.length * 2);
        } else {
            link(row);
        }
        return row;
    }

    /** Calls {@code out} once for every earlier row sharing a band with {@code sig}. */
    void candidates(int[] sig, IntConsumer out) {
        if (++query == 0) {
            Arrays.fill(seen, 0);
            query = 1;
        }
        int mask = buckets.length - 1;
        for (int band = 0; band < bands; band++) {
            long h = bandHash(sig, 0, band);
            long bucket = buckets[(int) h & mask];
            if ((bucket & tag(h)) == 0) {
                continue;
            }
            for (int e = (int) bucket; e != 0; e = nextOf(e - 1)) {
                int entry = e - 1;
                int row = entry / bands;
                if (entry % bands == band && seen[row] != query && sameBand(row, sig, band)) {
                    seen[row] = query;
                    out.accept(row);
                }
            }
        }
    }

    /** Minima of {@code row} that agree with {@code sig}. */
    int agreement(int row, int[] sig) {
        int[] page = sigs[row >> SHIFT];
        int base = (row & (PAGE - 1)) * hashes;
        int agree = 0;
        for (int i = 0; i < hashes; i++) {
            if (page[base + i] == sig[i]) {
                agree++;
            }
        }
        return agree;
    }

    /** Bytes held by the arrays (what 40k articles cost). */
    long memoryBytes() {
        return 4L * ((long) sigs.length * PAGE * (hashes + bands) + sizes.length + seen.length) + 8L * buckets.length;
    }

    private boolean sameBand(int row, int[] sig, int band) {
        int[] page = sigs[row >> SHIFT];
        int base = (row & (PAGE - 1)) * hashes + band * rows;
        for (int r = 0; r < rows; r++) {
            if (page[base + r] != sig[band * rows + r]) {
                return false;
            }
        }
        return true;
    }

    /** 64 well-mixed bits: the low ones pick the bucket, the top five the tag bit. */
    private long bandHash(int[] sig, int offset, int band) {
        long h = 0x2545F4914F6CDD1DL * (band + 1);
        int from = offset + band * rows;
        for (int r = 0; r < rows; r++) {
            h = Mix.mix64(h ^ (sig[from + r] & 0xFFFFFFFFL));
        }
        return h;
    }

    /** The tag bit of a band hash, in the bucket's high half. */
    private static long tag(long h) {
        return 1L << (32 + (h >>> 59));
    }

    private int nextOf(int entry) {
        return next[entry / (PAGE * bands)][entry % (PAGE * bands)];
    }

    private void link(int row) {
        int mask = buckets.length - 1;
        int[] page = sigs[row >> SHIFT];
        int base = (row & (PAGE - 1)) * hashes;
        int[] links = next[row >> SHIFT];
        for (int band = 0; band < bands; band++) {
            long h = bandHash(page, base, band);
            int slot = (int) h & mask;
            int entry = row * bands + band;
            long bucket = buckets[slot];
            links[entry % (PAGE * bands)] = (int) bucket;
            buckets[slot] = (bucket & 0xFFFFFFFF00000000L) | tag(h) | (entry + 1L);
        }
    }

    private void rehash(int slots) {
        buckets = new long[slots];
        for (int row = 0; row < count; row++) {
            link(row);
        }
    }
}
