package dev.kulis.store.cluster;

/**
 * MinHash over a set of 64-bit shingle hashes. Function {@code i} is {@code x * a[i] + b[i]} (mod 2^64) with odd
 * multipliers drawn from a fixed seed: the shingle hashes are already well mixed, so one multiply-add per
 * function and shingle is enough and the signature is the same on every machine and run.
 *
 * <p>A signature is {@code hashes + 1} longs: the minimum of each function, then the number of distinct
 * shingles, which lets {@link Similarity} turn the Jaccard estimate into containment (a cut copy's share of the
 * long story). An empty set has every minimum at {@link Long#MAX_VALUE} and size 0. Immutable and thread-safe.
 */
public final class MinHash {
    private static final long SEED = 0x6B756C6973L; // "kulis"

    private final long[] a;
    private final long[] b;

    public MinHash(int hashes) {
        a = new long[hashes];
        b = new long[hashes];
        long s = SEED;
        for (int i = 0; i < hashes; i++) {
            s += 0x9E3779B97F4A7C15L;
            a[i] = Mix.mix64(s) | 1;
            s += 0x9E3779B97F4A7C15L;
            b[i] = Mix.mix64(s);
        }
    }

    public int hashes() {
        return a.length;
    }

    /** The signature of a set of shingle hashes (duplicates allowed; {@code distinct} is the set's size). */
    long[] signature(long[] shingles, int distinct) {
        int k = a.length;
        long[] sig = new long[k + 1];
        java.util.Arrays.fill(sig, 0, k, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < k; i++) {
                long h = x * a[i] + b[i];
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        sig[k] = distinct;
        return sig;
    }

    /** The number of distinct shingles recorded in a signature. */
    public static int size(long[] signature) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, signature[signature.length - 1]));
    }

    /**
     * The minima kept in memory: their high 32 bits. Two different minima agree there with probability 2^-32, far
     * below the estimate's own noise, and the index takes half the memory.
     */
    static int[] compact(long[] signature) {
        int[] out = new int[signature.length - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (signature[i] >>> 32);
        }
        return out;
    }
}
