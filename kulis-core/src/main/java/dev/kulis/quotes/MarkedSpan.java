package dev.kulis.quotes;

/**
 * A stretch of text between a pair of quotation marks.
 *
 * @param open       where the opening mark starts
 * @param textStart  first character inside the marks (after leading blanks)
 * @param textEnd    end of the text inside the marks (before trailing blanks), exclusive
 * @param close      end of the closing mark, exclusive
 */
record MarkedSpan(int open, int textStart, int textEnd, int close) {
    boolean contains(int position) {
        return open <= position && position < close;
    }
}
