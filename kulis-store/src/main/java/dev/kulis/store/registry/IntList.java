package dev.kulis.store.registry;

import java.util.Arrays;

/** A growable list of entity numbers (a posting list of the word index), without boxing. */
final class IntList {
    private int[] values = new int[2];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }
}
