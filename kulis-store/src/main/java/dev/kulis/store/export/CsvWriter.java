package dev.kulis.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, a field quoted when it holds a comma, a double quote or a line break (inner double
 * quotes doubled), CRLF between records; null is an empty field.
 */
public final class CsvWriter {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object f = fields.get(i);
            out.write(quote(f == null ? "" : f.toString()));
        }
        out.write("\r\n");
    }

    static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
