package dev.kulis.ner;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature keys to dense ids 0..size-1 (linear probing, key 0 = empty).
 * Not thread-safe while growing; read-only use after training is safe.
 */
final class FeatureTable {
    private long[] keys;
    private int[] ids;
    private int size;
    private long[] byId;

    FeatureTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        ids = new int[cap];
        byId = new long[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    long key(int id) {
        return byId[id];
    }

    /** The id of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return ids[i];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The id of {@code key}, adding it when new. */
    int add(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return ids[i];
            }
            if (k == 0) {
                break;
            }
        }
        keys[i] = key;
        ids[i] = size;
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
        }
        byId[size] = key;
        size++;
        if (size * 2 > keys.length) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                ids[i] = oldIds[j];
            }
        }
    }

    private static int mix(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
