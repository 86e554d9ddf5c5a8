package dev.kulis.morph;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, lock-free cache of word analyses. Two generations: new entries go into the young map; when it is
 * full it becomes the old one and the previous old one is dropped, and hits in the old map are promoted. Word
 * frequencies follow Zipf's law, so the frequent forms survive every turnover while the memory stays under about
 * twice the capacity.
 */
final class AnalysisCache {
    private final int capacity;
    private volatile ConcurrentHashMap<String, List<Analysis>> young;
    private volatile ConcurrentHashMap<String, List<Analysis>> old = new ConcurrentHashMap<>();

    AnalysisCache(int capacity) {
        this.capacity = Math.max(16, capacity);
        this.young = new ConcurrentHashMap<>(Math.min(this.capacity, 1 << 16));
    }

    List<Analysis> get(String word, Function<String, List<Analysis>> compute) {
        ConcurrentHashMap<String, List<Analysis>> y = young;
        List<Analysis> a = y.get(word);
        if (a != null) {
            return a;
        }
        a = old.get(word);
        if (a == null) {
            a = compute.apply(word);
        }
        y.put(word, a);
        if (y.size() > capacity) {
            turnOver(y);
        }
        return a;
    }

    private synchronized void turnOver(ConcurrentHashMap<String, List<Analysis>> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
        }
    }

    int size() {
        return young.size() + old.size();
    }
}
