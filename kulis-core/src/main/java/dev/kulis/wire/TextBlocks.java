package dev.kulis.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into blocks: its non-blank lines, trimmed, as offsets into the text. A line broken in the
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
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new Block(s, e));
                blankBefore.add(blank);
                blank = false;
            } else if (!lines.isEmpty()) {
                blank = true;
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

    private static boolean continues(String text, Block prev, Block next) {
        char last = text.charAt(prev.end() - 1);
        char first = text.charAt(next.start());
        return Character.isLetterOrDigit(last) || last == ',' ? Character.isLowerCase(first) : false;
    }
}
