package dev.kulis.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line (LF or CRLF) without ever holding more than a fixed number of bytes of
 * one line: the rest of an over-long line is skipped, and the line is reported as too long. Not
 * thread-safe; the caller closes the stream.
 */
final class BoundedLines {
    /**
     * One line.
     *
     * @param bytes   the line without its terminator, cut at the limit when {@code tooLong}
     * @param number  1-based line number
     * @param length  the full length of the line in bytes
     * @param tooLong whether the line was longer than the limit
     */
    record Line(byte[] bytes, long number, long length, boolean tooLong) {
    }

    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int len;
    private long number;
    private boolean eof;

    BoundedLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.max = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                if (eof || !fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (length < max) {
                line.write(buf, start, (int) Math.min(chunk, max - length));
            }
            length += chunk;
            if (pos < len) {
                pos++; // the newline
                break;
            }
        }
        number++;
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (length <= max && n > 0 && bytes[n - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, n - 1);
            length--;
        }
        return new Line(bytes, number, length, length > max);
    }

    private boolean fill() throws IOException {
        int r = in.read(buf, 0, buf.length);
        if (r <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        len = r;
        return true;
    }
}
