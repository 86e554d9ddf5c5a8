package dev.kulis.store.registry;

import java.util.Arrays;

/**
 * At most {@code capacity} int keys with counts, for an entity's offices, parties and frequent co-mentions. When
 * full, a new key replaces the rarest one and takes its count plus one (the space-saving rule), so a key seen
 * often keeps its place however many one-off keys pass by. Arrays start empty and grow, as most entities are seen once.
 */
final class BoundedCounts {
    private static final int[] EMPTY = new int[0];

    private int[] keys = EMPTY;
    private int[] counts = EMPTY;
    private int size;
    private final int capacity;

    BoundedCounts(int capacity) {
        this.capacity = capacity;
    }

    void add(int key) {
        add(key, 1);
    }

    void add(int key, int n) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                counts[i] += n;
                return;
            }
        }
        if (size < capacity) {
            if (size == keys.length) {
                int len = Math.min(capacity, Math.max(2, keys.length * 2));
                keys = Arrays.copyOf(keys, len);
                counts = Arrays.copyOf(counts, len);
            }
            keys[size] = key;
            counts[size++] = n;
            return;
        }
        int min = 0;
        for (int i = 1; i < size; i++) {
            if (counts[i] < counts[min]) {
                min = i;
            }
        }
        keys[min] = key;
        counts[min] += n;
    }

    boolean contains(int key) {
        return countOf(key) > 0;
    }

    /** The count of a key, 0 when it is not (or no longer) kept. */
    int countOf(int key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return counts[i];
            }
        }
        return 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    int key(int i) {
        return keys[i];
    }

    int count(int i) {
        return counts[i];
    }
}
