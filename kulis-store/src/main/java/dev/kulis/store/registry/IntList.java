package dev.kulis.store.registry;

import java.util.Arrays;

/**
 * A posting list of the word index: entity numbers, ascending and without repeats, without boxing. New entities
 * have the highest number so they append; an alias learnt later for an older entity is inserted in place, so the
 * list is the same however the names were learnt (a snapshot read back matches the original).
 */
final class IntList {
    private int[] values = new int[2];
    private int size;

    /** Adds {@code v} unless present, keeping the order. */
    void add(int v) {
        int at = size == 0 || values[size - 1] < v ? size : Arrays.binarySearch(values, 0, size, v);
        if (at >= 0 && at < size) {
            return;
        }
        int insert = at >= 0 ? at : -at - 1;
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        System.arraycopy(values, insert, values, insert + 1, size - insert);
        values[insert] = v;
        size++;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }
}
