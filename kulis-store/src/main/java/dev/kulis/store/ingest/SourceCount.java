package dev.kulis.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Counts the items a list of sources holds, cheaply and before reading them, for an ETA: a JSON Lines file is its
 * non-blank lines (bytes scanned, nothing parsed), any other file one item, a folder the sum of its files; standard
 * input is unknown (-1).
 */
public final class SourceCount {
    private SourceCount() {
    }

    public static long of(List<String> sources) {
        long total = 0;
        for (String s : sources) {
            if ("-".equals(s)) {
                return -1;
            }
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    total += files.filter(Files::isRegularFile).mapToLong(SourceCount::file).sum();
                } catch (IOException | UncheckedIOException e) {
                    return -1;
                }
            } else if (Files.isRegularFile(p)) {
                total += file(p);
            }
        }
        return total;
    }

    private static long file(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json"))) {
            return 1;
        }
        long lines = 0;
        boolean content = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (content) {
                            lines++;
                        }
                        content = false;
                    } else if (b != ' ' && b != '\r' && b != '\t') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return content ? lines + 1 : lines;
    }
}
