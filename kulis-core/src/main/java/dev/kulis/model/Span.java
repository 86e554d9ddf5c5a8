package dev.kulis.model;

/**
 * Anything that covers characters of an article's text: {@code start} inclusive, {@code end} exclusive,
 * both Java {@code String} indices into {@link Article#text()}.
 */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }
}
