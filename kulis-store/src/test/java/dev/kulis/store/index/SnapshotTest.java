package dev.kulis.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
    @TempDir
    Path dir;

    @Test
    void opensOnlyTheSnapshotOfTheGivenCommit() throws IOException {
        Path file = dir.resolve("registry.snapshot");
        assertThat(Snapshot.open(file, "c1")).isEmpty();
        Snapshot.write(file, "c1", out -> out.write("state one".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = Snapshot.open(file, "c1").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("state one");
        }
        assertThat(Snapshot.open(file, "c2")).isEmpty();
        assertThat(Snapshot.open(file, null)).isEmpty();
        Snapshot.write(file, "c2", out -> out.write("state two".getBytes(StandardCharsets.UTF_8)));
        try (InputStream in = Snapshot.open(file, "c2").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("state two");
        }
        assertThat(Files.exists(dir.resolve("registry.snapshot.tmp"))).isFalse();
    }

    @Test
    void aFailedWriteLeavesTheOldSnapshot() throws IOException {
        Path file = dir.resolve("registry.snapshot");
        Snapshot.write(file, "c1", out -> out.write(1));
        try {
            Snapshot.write(file, "c2", out -> {
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            // the old one stays
        }
        try (InputStream in = Snapshot.open(file, "c1").orElseThrow()) {
            assertThat(in.read()).isEqualTo(1);
        }
    }
}
