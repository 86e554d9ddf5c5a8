package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeEvalCommandTest {
    @Test
    void failsClearlyWithoutData(@TempDir Path empty) {
        int code = Kulis.commandLine().execute("eval", "tokenize", "--data", empty.toString());
        assertThat(code).isEqualTo(1);
    }
}
