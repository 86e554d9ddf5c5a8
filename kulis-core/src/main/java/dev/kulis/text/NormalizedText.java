package dev.kulis.text;

/**
 * A region of an original string after {@link Normalizer}: the normalized characters live in {@link #text()} at
 * indices {@code [begin(), end())}, and every normalized index maps back to the original string.
 *
 * <p>When nothing needed changing (the usual case for clean news text) the normalized text <em>is</em> the
 * original string and indices map to themselves, so no copy is made.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int begin;
    private final int end;
    private final int originalEnd;
    /** original start of each normalized char (null when identity) */
    private final int[] starts;
    /** original end (exclusive) of each normalized char (null when identity) */
    private final int[] ends;

    private NormalizedText(String original, String text, int begin, int end, int originalEnd, int[] starts,
                           int[] ends) {
        this.original = original;
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.originalEnd = originalEnd;
        this.starts = starts;
        this.ends = ends;
    }

    static NormalizedText identity(String original, int from, int to) {
        return new NormalizedText(original, original, from, to, to, null, null);
    }

    static NormalizedText mapped(String original, String normalized, int originalEnd, int[] starts, int[] ends) {
        return new NormalizedText(original, normalized, 0, normalized.length(), originalEnd, starts, ends);
    }

    /** The string that holds the normalized characters (the original itself when {@link #isIdentity()}). */
    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** First normalized index. */
    public int begin() {
        return begin;
    }

    /** Normalized end index (exclusive). */
    public int end() {
        return end;
    }

    /** True when normalization changed nothing and indices are original indices. */
    public boolean isIdentity() {
        return starts == null;
    }

    /** The normalized characters as a string (copies the region when identity). */
    public String normalized() {
        return text.substring(begin, end);
    }

    /** Original index of the character at normalized index {@code i}; {@code end()} maps to the region's end. */
    public int toOriginal(int normalizedIndex) {
        if (starts == null) {
            return normalizedIndex;
        }
        return normalizedIndex >= end ? originalEnd : starts[normalizedIndex];
    }

    /**
     * Original end (exclusive) of a span that ends at normalized index {@code e}: the end of the last character's
     * original extent, so characters dropped after it (a zero-width space) are not swallowed by the span.
     */
    public int toOriginalEnd(int normalizedEnd) {
        if (starts == null) {
            return normalizedEnd;
        }
        return normalizedEnd <= begin ? toOriginal(begin) : ends[normalizedEnd - 1];
    }
}
