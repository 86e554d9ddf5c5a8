package dev.kulis.store.cluster;

/** A 64-bit bit mixer (the SplitMix64 finaliser): every input bit flips about half the output bits. */
final class Mix {
    private Mix() {
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
