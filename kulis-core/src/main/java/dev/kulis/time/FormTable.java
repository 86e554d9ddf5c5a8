package dev.kulis.time;

import dev.kulis.text.TurkishCase;
import java.util.Map;

/**
 * A read-only map from lower-case word forms to values, looked up straight from the characters of a text in any
 * case, without allocating: the time layer asks it about every word of every article, so a word it does not know
 * must cost a few nanoseconds. A bit set of the first four letters of all keys rejects most words before
 * hashing, and the probe reads a small array of hashes before it touches a key; an apostrophe ends the word
 * looked up ({@code Mart'ta} finds {@code mart}). Immutable, thread-safe.
 */
final class FormTable<V> {
    /** Characters below this (Latin, Latin-1, Latin Extended-A: all Turkish letters) are lower-cased by table. */
    private static final int SMALL = 0x180;
    private static final char[] LOWER = new char[SMALL];
    private static final int PREFIX_BITS = 1 << 16;

    static {
        for (char c = 0; c < SMALL; c++) {
            LOWER[c] = TurkishCase.lower(c);
        }
    }

    private static final int PREFIX = 4;

    private final String[] keys;
    /** Each slot's key hash, never 0; 0 marks an empty slot. */
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    /** Bloom bits of every key's first four letters (or the whole key when shorter). */
    private final long[] prefixes = new long[PREFIX_BITS / 64];
    /** Bits of every key's first two characters as they may be written (either case), before any lower-casing. */
    private final long[] rawPairs = new long[SMALL * SMALL / 64];
    private final int minLength;
    private final int maxLength;

    FormTable(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 2)) << 1;
        keys = new String[size];
        values = new Object[size];
        hashes = new int[size];
        mask = size - 1;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String k = e.getKey();
            int h = finish(hash(k, 0, k.length()));
            int slot = h & mask;
            while (hashes[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            hashes[slot] = h;
            values[slot] = e.getValue();
            min = Math.min(min, k.length());
            max = Math.max(max, k.length());
            if (k.length() >= 2) {
                for (char a : cases(k.charAt(0))) {
                    for (char b : cases(k.charAt(1))) {
                        if (a < SMALL && b < SMALL) {
                            rawPairs[(a * SMALL + b) >>> 6] |= 1L << (a * SMALL + b);
                        }
                    }
                }
            }
            int p = prefixBit(hash(k, 0, Math.min(PREFIX, k.length())));
            prefixes[p >>> 6] |= 1L << p;
        }
        minLength = min;
        maxLength = max;
    }

    /**
     * The slot of the key equal to {@code s[from, end)} in Turkish lower case, where {@code end} is the first
     * apostrophe in {@code s[from, to)} or {@code to}; −1 when there is none.
     */
    int find(CharSequence s, int from, int to) {
        if (to - from >= 2) {                               // most words end here, without lower-casing
            char a = s.charAt(from);
            char b = s.charAt(from + 1);
            if (a < SMALL && b < SMALL && b != '\'' && (rawPairs[(a * SMALL + b) >>> 6] & (1L << (a * SMALL + b))) == 0) {
                return -1;
            }
        }
        int h = 0;
        int i = from;
        int stop = Math.min(to, from + PREFIX);
        for (; i < stop; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') {
                break;
            }
            h = 31 * h + lower(c);
        }
        int p = prefixBit(h);
        if ((prefixes[p >>> 6] & (1L << p)) == 0) {
            return -1;
        }
        if (i == stop) {
            for (; i < to; i++) {
                char c = s.charAt(i);
                if (c == '\'' || c == '’') {
                    break;
                }
                h = 31 * h + lower(c);
            }
        }
        int n = i - from;
        if (n < minLength || n > maxLength) {
            return -1;
        }
        h = finish(h);
        for (int slot = h & mask, hs; (hs = hashes[slot]) != 0; slot = (slot + 1) & mask) {
            if (hs == h && equal(keys[slot], s, from, i)) {
                return slot;
            }
        }
        return -1;
    }

    /** A lower-case letter and the ways it is written: i, İ, İ… (Turkish upper case, and the plain one). */
    private static char[] cases(char lower) {
        return new char[] {lower, TurkishCase.upper(lower), Character.toUpperCase(lower)};
    }

    @SuppressWarnings("unchecked")
    V value(int slot) {
        return (V) values[slot];
    }

    String key(int slot) {
        return keys[slot];
    }

    private static boolean equal(String key, CharSequence s, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(s.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h;
    }

    private static int finish(int h) {
        return (h ^ (h >>> 16)) | 1;                        // never 0, the empty slot's mark
    }

    private static int prefixBit(int h) {
        return (h ^ (h >>> 16) ^ (h >>> 7)) & (PREFIX_BITS - 1);
    }

    /** Turkish lower case, by table for the Latin letters. */
    static char lower(char c) {
        return c < SMALL ? LOWER[c] : TurkishCase.lower(c);
    }
}
