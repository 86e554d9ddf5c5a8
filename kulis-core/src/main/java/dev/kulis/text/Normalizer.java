package dev.kulis.text;

/**
 * Unicode clean-up for the tokenizer that keeps a map back to the original characters.
 *
 * <ul>
 *   <li>NFC: a letter followed by combining marks ({@code i̇}, {@code ş} typed as s + U+0327) is composed;</li>
 *   <li>odd spaces (no-break, thin, ideographic…) become a plain space;</li>
 *   <li>soft hyphen, zero-width space/joiners, word joiner and BOM are dropped;</li>
 *   <li>typographic variants the tokenizer treats alike become one character: apostrophes and single quotes
 *       ({@code ’ ‘ ʼ ´ `} → {@code '}), double quotes ({@code “ ” „ ‟ ″} → {@code "}), hyphens and minus
 *       ({@code ‐ ‑ −} → {@code -}), full-width ASCII → ASCII.</li>
 * </ul>
 * Turkish case is not touched (see {@link TurkishCase}). Stateless and thread-safe.
 */
public final class Normalizer {
    private static final char DROP = '\uFFFF';

    public NormalizedText normalize(String original) {
        return normalize(original, 0, original.length());
    }

    /** Normalizes {@code original[from, to)}; indices of the result map into {@code original}. */
    public NormalizedText normalize(String original, int from, int to) {
        int i = from;
        while (i < to && !needsWork(original.charAt(i))) {
            i++;
        }
        if (i == to) {
            return NormalizedText.identity(original, from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int[] starts = new int[to - from + 8];
        int[] ends = new int[to - from + 8];
        for (int k = from; k < i; k++) {
            out.append(original.charAt(k));
            starts[k - from] = k;
            ends[k - from] = k + 1;
        }
        while (i < to) {
            char c = original.charAt(i);
            if (isMark(c) && out.length() > 0 && CharClass.isLetter(out.charAt(out.length() - 1))) {
                // compose the previous char with its run of marks; all output chars take the whole extent
                int segStart = starts[out.length() - 1];
                int j = i;
                while (j < to && isMark(original.charAt(j))) {
                    j++;
                }
                String composed = java.text.Normalizer.normalize(out.charAt(out.length() - 1)
                        + original.substring(i, j), java.text.Normalizer.Form.NFC);
                out.setLength(out.length() - 1);
                for (int k = 0; k < composed.length(); k++) {
                    int n = out.length();
                    if (n >= starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2 + 8);
                        ends = java.util.Arrays.copyOf(ends, n * 2 + 8);
                    }
                    out.append(composed.charAt(k));
                    starts[n] = segStart;
                    ends[n] = j;
                }
                i = j;
                continue;
            }
            char m = map(c);
            if (m != DROP) {
                int n = out.length();
                if (n >= starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2 + 8);
                    ends = java.util.Arrays.copyOf(ends, n * 2 + 8);
                }
                out.append(m);
                starts[n] = i;
                ends[n] = i + 1;
            }
            i++;
        }
        return NormalizedText.mapped(original, out.toString(), to, starts, ends);
    }

    /** Cheap first test: plain ASCII (except the backtick) and Turkish letters need nothing. */
    private static boolean needsWork(char c) {
        if (c < 0xA0) {
            return c == '`';
        }
        if (c < 0x300) {
            return c == 0xA0 || c == 0xAD || c == 0xB4 || c == 0x2BC;
        }
        return map(c) != c || isMark(c);
    }

    /** Whether the normaliser drops {@code c} (soft hyphen, zero-width characters, BOM) or it is a combining mark. */
    static boolean invisible(char c) {
        return map(c) == DROP || isMark(c);
    }

    static boolean isMark(char c) {
        if (c < 0x300) {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** The replacement of one character, {@link #DROP} to remove it. */
    static char map(char c) {
        if (c < 0xA0) {
            return c == '`' ? '\'' : c;
        }
        switch (c) {
            case '\u00A0': case '\u1680': case '\u2000': case '\u2001': case '\u2002': case '\u2003':
            case '\u2004': case '\u2005': case '\u2006': case '\u2007': case '\u2008': case '\u2009':
            case '\u200A': case '\u202F': case '\u205F': case '\u3000':
                return ' ';
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
                return DROP;
            case '\u2018': case '\u2019': case '\u201B': case '\u02BC': case '\u00B4': case '\u2032':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2212':
                return '-';
            case '\u2028': case '\u2029':
                return '\n';
            default:
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    return (char) (c - 0xFEE0);
                }
                return c;
        }
    }
}
