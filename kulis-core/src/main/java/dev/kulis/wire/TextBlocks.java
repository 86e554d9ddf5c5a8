package dev.kulis.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into blocks: its lines that hold a letter or digit, trimmed, as offsets into the text. A line broken in the
 * middle of a sentence (it does not end in sentence punctuation and the next line, with no blank line
 * between, starts in lower case) is joined to the next one, since hard-wrapped copy is common.
 */
final class TextBlocks {
    /** A block of text: {@code [start, end)} with no leading or trailing whitespace. */
    record Block(int start, int end) {
        String in(String text) {
            return text.substring(start, end);
        }
    }

    private TextBlocks() {
    }

    static List<Block> of(String text) {
        List<Block> lines = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean blank = false;
        while (i < n) {
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            int s = i;
            int e = eol;
            while (s < e && blank(text.charAt(s))) {
                s++;
            }
            while (e > s && blank(text.charAt(e - 1))) {
                e--;
            }
            if (s < e && hasLetterOrDigit(text, s, e)) {
                lines.add(new Block(s, e));
                blankBefore.add(blank);
                blank = false;
            } else if (!lines.isEmpty()) {
                blank = true; // a separator line counts as a blank line
            }
            i = eol;
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
        }
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Block b = lines.get(k);
            if (!out.isEmpty() && !blankBefore.get(k) && continues(text, out.get(out.size() - 1), b)) {
                Block prev = out.remove(out.size() - 1);
                b = new Block(prev.start(), b.end());
            }
            out.add(b);
        }
        return out;
    }

    /** Lines of punctuation only ("." or "***") separate; they are not blocks. */
    private static boolean hasLetterOrDigit(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace including no-break spaces and zero-width characters, which web copy is full of. */
    static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean continues(String text, Block prev, Block next) {
        char last = text.charAt(prev.end() - 1);
        char first = text.charAt(next.start());
        return Character.isLetterOrDigit(last) || last == ',' ? Character.isLowerCase(first) : false;
    }
}
