package dev.kulis.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicon data files beside this class: UTF-8, one entry a line, {@code #} comment lines and
 * blank lines ignored. A missing file is a packaging bug, so it fails fast.
 */
final class LexiconFile {
    private LexiconFile() {
    }

    /** The entry lines of a resource, trimmed. */
    static List<String> lines(String resource) {
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon missing from the classpath: " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return out;
    }

    /** A two-column (tab-separated) resource as an insertion-ordered map, first column to second. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": expected two tab-separated columns in: " + line);
            }
            out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return out;
    }
}
