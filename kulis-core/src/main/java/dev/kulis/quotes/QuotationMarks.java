package dev.kulis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in a text: {@code "…"}, {@code “…”}, {@code ''…''}, {@code „…“}, {@code ‘…’},
 * {@code '…'}, {@code «…»}. An apostrophe inside a word ({@code Kocaoğlu'na}, {@code 2014'teki}) is not a
 * mark. A pair may run over several sentences and, when the next block goes on with the quotation, over
 * several blocks (lines); a mark left open never reaches beyond {@link #MAX_LENGTH} characters or into a
 * block that opens a quotation of its own, so an unbalanced mark cannot swallow the article.
 */
final class QuotationMarks {
    /** The longest quotation we believe in, in characters. */
    static final int MAX_LENGTH = 3000;

    private enum Family { DOUBLE, SINGLE, GUILLEMET }

    private enum Side { OPEN, CLOSE, EITHER }

    private record Mark(int start, int end, Family family, Side side) {
    }

    private QuotationMarks() {
    }

    /** All pairs of marks in the text, in text order, none overlapping another of its family. */
    static List<MarkedSpan> find(String text) {
        List<Mark> marks = marks(text);
        List<MarkedSpan> out = new ArrayList<>();
        Mark[] open = new Mark[Family.values().length];
        int[] anchor = new int[Family.values().length];
        for (Mark m : marks) {
            int f = m.family().ordinal();
            Mark o = open[f];
            if (o != null && m.start() - o.start() > MAX_LENGTH) {
                o = null;
            }
            if (o != null && blockBreak(text, anchor[f], m.start())) {
                boolean next = nextBlock(text, anchor[f], m.start());
                if (next && startsBlock(text, m.start()) && m.side() != Side.CLOSE) {
                    anchor[f] = m.end(); // the quotation goes on in a new paragraph
                    continue;
                }
                // a quotation over paragraphs closes where a mark can only close (or, in the very next
                // paragraph, may close); any other mark starts afresh
                if (!startsBlock(text, m.start()) && (m.side() == Side.CLOSE || next && m.side() == Side.EITHER)) {
                    out.add(span(text, o, m));
                    open[f] = null;
                    continue;
                }
                o = null;
            }
            if (o == null || m.side() == Side.OPEN) {
                open[f] = m.side() == Side.CLOSE ? null : m;
                anchor[f] = m.end();
                continue;
            }
            out.add(span(text, o, m));
            open[f] = null;
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }

    /** Whether {@code to} lies in the first non-blank block after the one {@code from} is in. */
    private static boolean nextBlock(String text, int from, int to) {
        int lineStart = text.lastIndexOf('\n', to - 1);
        for (int p = text.indexOf('\n', from); p < lineStart; p++) {
            if (!QuotationMarks.space(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    private static boolean blockBreak(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl >= 0 && nl < to;
    }

    private static boolean startsBlock(String text, int pos) {
        int p = pos - 1;
        while (p >= 0 && text.charAt(p) != '\n' && QuotationMarks.space(text.charAt(p))) {
            p--;
        }
        return p < 0 || text.charAt(p) == '\n';
    }

    private static MarkedSpan span(String text, Mark o, Mark c) {
        int s = o.end();
        int e = c.start();
        while (s < e && QuotationMarks.space(text.charAt(s))) {
            s++;
        }
        while (e > s && QuotationMarks.space(text.charAt(e - 1))) {
            e--;
        }
        return new MarkedSpan(o.start(), s, e, c.end());
    }

    private static List<Mark> marks(String text) {
        List<Mark> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '„' -> out.add(new Mark(i, i + 1, Family.DOUBLE, Side.OPEN));
                case '”' -> out.add(new Mark(i, i + 1, Family.DOUBLE, Side.CLOSE));
                case '«' -> out.add(new Mark(i, i + 1, Family.GUILLEMET, Side.OPEN));
                case '»' -> out.add(new Mark(i, i + 1, Family.GUILLEMET, Side.CLOSE));
                case '"' -> out.add(new Mark(i, i + 1, Family.DOUBLE, side(text, i, i + 1)));
                case '‘' -> out.add(new Mark(i, i + 1, Family.SINGLE, Side.OPEN));
                case '’', '\'' -> {
                    if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                        out.add(new Mark(i, i + 2, Family.DOUBLE, side(text, i, i + 2)));
                        i++;
                    } else if (!inWord(text, i)) {
                        Side s = side(text, i, i + 1);
                        out.add(new Mark(i, i + 1, Family.SINGLE, c == '’' && s == Side.EITHER ? Side.CLOSE : s));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** An apostrophe between letters or digits, or after a word and before a letter: a suffix, not a mark. */
    private static boolean inWord(String text, int i) {
        boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return before && after;
    }

    private static Side side(String text, int start, int end) {
        boolean spaceBefore = start == 0 || QuotationMarks.space(text.charAt(start - 1))
                || "([{-–—:/".indexOf(text.charAt(start - 1)) >= 0;
        boolean spaceAfter = end >= text.length() || QuotationMarks.space(text.charAt(end))
                || ".,;:!?)]}…".indexOf(text.charAt(end)) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Side.OPEN;
        }
        if (spaceAfter && !spaceBefore) {
            return Side.CLOSE;
        }
        return Side.EITHER;
    }

    /** White space, the no-break space ({@code U+00A0}) included, which news text puts after a colon. */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
