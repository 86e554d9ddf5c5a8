package dev.kulis.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes CoNLL-U (universaldependencies.org/format.html) sentence by sentence. */
public final class Conllu {
    private Conllu() {
    }

    public static List<ConlluSentence> read(BufferedReader in) {
        List<ConlluSentence> out = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    if (!rows.isEmpty() || !comments.isEmpty()) {
                        out.add(new ConlluSentence(List.copyOf(comments), List.copyOf(rows)));
                    }
                    comments.clear();
                    rows.clear();
                } else if (line.startsWith("#")) {
                    comments.add(line);
                } else {
                    String[] cols = line.split("\t", -1);
                    if (cols.length < 10) {
                        String[] full = new String[10];
                        java.util.Arrays.fill(full, "_");
                        System.arraycopy(cols, 0, full, 0, cols.length);
                        cols = full;
                    }
                    rows.add(cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!rows.isEmpty() || !comments.isEmpty()) {
            out.add(new ConlluSentence(List.copyOf(comments), List.copyOf(rows)));
        }
        return out;
    }

    public static void write(ConlluSentence s, Writer out) throws IOException {
        for (String c : s.comments()) {
            out.write(c);
            out.write('\n');
        }
        for (String[] r : s.rows()) {
            out.write(String.join("\t", r));
            out.write('\n');
        }
        out.write('\n');
    }
}
