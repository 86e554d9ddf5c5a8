package dev.kulis.read;

/**
 * How much one item may hold before it is rejected rather than read, so that no single input can exhaust
 * memory or time.
 *
 * @param maxArticleChars  characters of one article's text after decoding
 * @param maxFileBytes     bytes of one text file (one article)
 * @param maxLineBytes     bytes of one JSON Lines line; a longer line is skipped without being held
 * @param maxHtmlBytes     bytes of one HTML page, checked before parsing
 * @param maxRejectedBytes bytes of a rejected item kept for quarantine
 */
public record ReadLimits(int maxArticleChars, long maxFileBytes, int maxLineBytes, int maxHtmlBytes,
                         int maxRejectedBytes) {
    /** 2 Mi characters an article, 8 MiB a text file or JSON line, 4 MiB an HTML page, 1 MiB kept. */
    public static final ReadLimits DEFAULTS = new ReadLimits(2 << 20, 8L << 20, 8 << 20, 4 << 20, 1 << 20);

    public ReadLimits {
        if (maxArticleChars <= 0 || maxFileBytes <= 0 || maxLineBytes <= 0 || maxHtmlBytes <= 0
                || maxRejectedBytes < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
