package dev.kulis.entities;

import dev.kulis.text.TurkishCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the entity layer's data files: one entry a line, {@code #} comments and blank lines skipped. */
final class Lexicon {
    private Lexicon() {
    }

    static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Turkish lower case with the apostrophe suffix removed: the key names are compared by. */
    static String key(String s) {
        String k = TurkishCase.lower(s.strip());
        int ap = k.indexOf('\'');
        if (ap < 0) {
            ap = k.indexOf('’');
        }
        return ap > 0 ? k.substring(0, ap) : k;
    }
}
