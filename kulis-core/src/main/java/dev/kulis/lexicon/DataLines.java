package dev.kulis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's lexicon data files (resources beside the class that uses them): UTF-8, one entry a
 * line, {@code #} comment lines and blank lines skipped. A missing file is a packaging bug, so it fails fast.
 */
public final class DataLines {
    private DataLines() {
    }

    /** The entry lines of {@code resource} (relative to {@code anchor}'s package), as written. */
    public static List<String> read(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file missing from the classpath: "
                    + anchor.getPackageName().replace('.', '/') + "/" + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return out;
    }
}
