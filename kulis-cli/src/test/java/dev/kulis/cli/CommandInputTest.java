package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input to the line-oriented commands: a message naming it, exit 1, no stack trace. */
class CommandInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tokenize", "lemma"})
    void binaryAndMissingFilesAreNamed(String command) throws Exception {
        Path binary = dir.resolve("veri.bin");
        Files.write(binary, new byte[]{'x', 0, 0, 0, 7, '\n', 0});
        CliRun bin = CliRun.of(command, binary.toString());
        assertThat(bin.exit()).isEqualTo(1);
        assertThat(bin.err()).contains("kulis " + command + ": ").contains("veri.bin").contains("not text")
                .doesNotContain("Exception");
        CliRun missing = CliRun.of(command, dir.resolve("yok.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("yok.txt").contains("no such file");
    }

    @Test
    void aWindows1254FileIsTokenizedAsTurkish() throws Exception {
        Path legacy = dir.resolve("eski.txt");
        Files.write(legacy, "Gülşen Işık dün İzmir'e gitti.\n".getBytes(Charset.forName("windows-1254")));
        CliRun run = CliRun.of("tokenize", legacy.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\tGülşen\t").contains("\tIşık\t").contains("\tİzmir'e\t");
    }
}
