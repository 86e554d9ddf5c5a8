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
 * page), and a power-of-two bucket table with a slot per one or two links. Buckets are addressed by
 * the band's hash alone; rows that land in the same slot from another band or other values are skipped by
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
    /** first entry of each bucket, as entry + 1; 0 is empty */
    private int[] heads;
    /** the query that last visited each row, to report each candidate once */
    private int[] seen;
    private int query;

    LshIndex(int hashes, int bands, int rows) {
        this.hashes = hashes;
        this.bands = bands;
        this.rows = rows;
        sizes = new int[PAGE];
        seen = new int[PAGE];
        heads = new int[Integer.highestOneBit(PAGE * bands) * 2];
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
        if ((long) count * bands > 2L * heads.length) {   // chains of about two links: half the table, same speed
            rehash(heads.length * 2);
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
        int mask = heads.length - 1;
        for (int band = 0; band < bands; band++) {
            for (int e = heads[bandHash(sig, 0, band) & mask]; e != 0; e = nextOf(e - 1)) {
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
        return 4L * ((long) sigs.length * PAGE * (hashes + bands) + sizes.length + heads.length + seen.length);
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

    private int bandHash(int[] sig, int offset, int band) {
        long h = 0x2545F4914F6CDD1DL * (band + 1);
        int from = offset + band * rows;
        for (int r = 0; r < rows; r++) {
            h = Mix.mix64(h ^ (sig[from + r] & 0xFFFFFFFFL));
        }
        return (int) (h ^ (h >>> 32));
    }

    private int nextOf(int entry) {
        return next[entry / (PAGE * bands)][entry % (PAGE * bands)];
    }

    private void link(int row) {
        int mask = heads.length - 1;
        int[] page = sigs[row >> SHIFT];
        int base = (row & (PAGE - 1)) * hashes;
        int[] links = next[row >> SHIFT];
        for (int band = 0; band < bands; band++) {
            int slot = bandHash(page, base, band) & mask;
            int entry = row * bands + band;
            links[entry % (PAGE * bands)] = heads[slot];
            heads[slot] = entry + 1;
        }
    }

    private void rehash(int slots) {
        heads = new int[slots];
        for (int row = 0; row < count; row++) {
            link(row);
        }
    }
}
