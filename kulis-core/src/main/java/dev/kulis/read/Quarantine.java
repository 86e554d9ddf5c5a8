package dev.kulis.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keeps rejected items for a person to look at: each item's bytes go to a file in the quarantine folder,
 * and a line {@code item<TAB>reason} is appended to {@code reasons.tsv}.
 *
 * <p>File names are made safe from the item name: only {@code [A-Za-z0-9._-]} kept, at most 80 characters,
 * no leading dot, plus a short hash of the full item name so that distinct items never collide and the
 * same item always lands in the same file (re-reading a batch does not pile up copies). Nothing outside
 * the folder is ever written, whatever the item is called. Tabs and line breaks in the item or reason are
 * written as spaces so each rejection stays one line. Thread-safe.
 */
public final class Quarantine {
    public static final String REASONS = "reasons.tsv";

    private final Path dir;

    public Quarantine(Path dir) {
        this.dir = dir;
    }

    /** Stores one rejected item. */
    public synchronized void put(Rejected r) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName(r.item()));
            if (!file.normalize().startsWith(dir.normalize()) || file.getFileName().toString().equals(REASONS)) {
                throw new IllegalStateException("unsafe quarantine name for " + r.item());
            }
            Files.write(file, r.content());
            String line = oneLine(r.item()) + "\t" + oneLine(r.reason()) + "\n";
            Files.writeString(dir.resolve(REASONS), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the quarantine folder " + dir, e);
        }
    }

    /** The file name an item's bytes are kept under: safe characters, bounded length, a hash for uniqueness. */
    public static String fileName(String item) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < item.length() && b.length() < 80; i++) {
            char c = item.charAt(i);
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
            b.append(safe ? c : '_');
        }
        String name = b.toString().replaceAll("_+", "_").replaceAll("\\.{2,}", ".").replaceAll("^[._]+", "");
        return (name.isEmpty() ? "item" : name) + "-" + hash(item) + ".quarantined";
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
