package dev.kulis.eval;

import java.util.List;

/**
 * One sentence of a CoNLL-U file, kept line by line so that it can be written back with columns changed.
 *
 * @param comments the comment lines ({@code # text = …}) as read
 * @param rows     the token lines split into their ten columns (multiword ranges and empty nodes included)
 */
public record ConlluSentence(List<String> comments, List<String[]> rows) {

    /** The {@code # text = } comment, or null. */
    public String text() {
        for (String c : comments) {
            if (c.startsWith("# text =")) {
                return c.substring("# text =".length()).strip();
            }
        }
        return null;
    }

    public boolean startsDocument() {
        return comments.stream().anyMatch(c -> c.startsWith("# newdoc"));
    }

    public static boolean isRange(String[] row) {
        return row[0].indexOf('-') > 0;
    }

    public static boolean isEmptyNode(String[] row) {
        return row[0].indexOf('.') > 0;
    }

    /** The surface tokens: a multiword token's range line counts once, its words are skipped. */
    public List<String[]> surfaceRows() {
        java.util.ArrayList<String[]> out = new java.util.ArrayList<>();
        int skipTo = 0;
        for (String[] r : rows) {
            if (isEmptyNode(r)) {
                continue;
            }
            if (isRange(r)) {
                skipTo = Integer.parseInt(r[0].substring(r[0].indexOf('-') + 1));
                out.add(r);
                continue;
            }
            if (Integer.parseInt(r[0]) <= skipTo) {
                continue;
            }
            out.add(r);
        }
        return out;
    }
}
