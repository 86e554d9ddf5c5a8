package dev.kulis.store.index;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A state file saved beside an index commit: a first line naming the commit it belongs to, then the state's
 * bytes. Written to a temporary file and renamed into place, so a crash leaves the old snapshot or the new one,
 * never half of one.
 */
public final class Snapshot {
    private static final String MAGIC = "kulis-snapshot ";

    private Snapshot() {
    }

    /** What a state writer writes into the snapshot. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path file, String tag, Body body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            out.write((MAGIC + tag + "\n").getBytes(StandardCharsets.UTF_8));
            body.writeTo(out);
        }
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The snapshot's body when its tag is {@code tag}; empty when missing, unreadable or stale. */
    public static Optional<InputStream> open(Path file, String tag) throws IOException {
        if (tag == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0 && c != '\n' && head.size() < 200; c = in.read()) {
            head.write(c);
        }
        if (!head.toString(StandardCharsets.UTF_8).equals(MAGIC + tag)) {
            in.close();
            return Optional.empty();
        }
        return Optional.of(in);
    }
}
