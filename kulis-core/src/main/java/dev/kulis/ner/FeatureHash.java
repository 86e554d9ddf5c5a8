package dev.kulis.ner;

/**
 * 64-bit feature keys: a template number mixed with the feature's text or number, without building the
 * feature string. Collisions at 64 bits are negligible for a few million features. Never returns 0 (the
 * empty slot of {@link FeatureTable}).
 */
final class FeatureHash {
    private static final long PRIME = 0x100000001b3L;
    private static final long BASIS = 0xcbf29ce484222325L;

    private FeatureHash() {
    }

    static long of(int template, CharSequence s) {
        long h = BASIS ^ template * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return finish(h);
    }

    /** The key of {@code s.subSequence(from, to)}, without copying it. */
    static long of(int template, CharSequence s, int from, int to) {
        long h = BASIS ^ template * 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return finish(h);
    }

    static long of(int template, CharSequence a, CharSequence b) {
        long h = BASIS ^ template * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * PRIME;
        }
        h = (h ^ 0xFFFF) * PRIME;
        for (int i = 0; i < b.length(); i++) {
            h = (h ^ b.charAt(i)) * PRIME;
        }
        return finish(h);
    }

    static long of(int template, long value) {
        long h = BASIS ^ template * 0x9E3779B97F4A7C15L;
        h = (h ^ value) * PRIME;
        h = (h ^ (value >>> 32)) * PRIME;
        return finish(h);
    }

    static long of(int template, long value, CharSequence s) {
        long h = BASIS ^ template * 0x9E3779B97F4A7C15L;
        h = (h ^ value) * PRIME;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
