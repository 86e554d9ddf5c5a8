package dev.kulis.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the time layer's data files: tab-separated columns, {@code #} starts a comment line. */
final class DataFile {
    private DataFile() {
    }

    /** The rows of a resource beside this class, each split on tabs; blank and comment lines skipped. */
    static List<String[]> rows(String resource) {
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource dev/kulis/time/" + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
