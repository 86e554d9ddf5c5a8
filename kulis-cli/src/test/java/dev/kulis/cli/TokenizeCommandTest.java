package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {
    private static String conllu(String text) throws Exception {
        StringWriter out = new StringWriter();
        TokenizeCommand.write(new BufferedReader(new StringReader(text)), out);
        return out.toString();
    }

    @Test
    void writesOneTokenALineWithTextCommentsAndSpaceAfter() throws Exception {
        String out = conllu("Vali Kaya'ya \"Geldik.\" dedi.\nYeni satır");
        assertThat(out).isEqualTo("""
                # sent_id = 1
                # text = Vali Kaya'ya "Geldik." dedi.
                1\tVali\t_\t_\t_\t_\t_\t_\t_\t_
                2\tKaya'ya\t_\t_\t_\t_\t_\t_\t_\t_
                3\t"\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
                4\tGeldik\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
                5\t."\t_\t_\t_\t_\t_\t_\t_\t_
                6\tdedi\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
                7\t.\t_\t_\t_\t_\t_\t_\t_\t_

                # sent_id = 2
                # text = Yeni satır
                1\tYeni\t_\t_\t_\t_\t_\t_\t_\t_
                2\tsatır\t_\t_\t_\t_\t_\t_\t_\t_

                """);
    }

    @Test
    void blankLinesAndEmptyInputWriteNothing() throws Exception {
        assertThat(conllu("")).isEmpty();
        assertThat(conllu("\n \n")).isEmpty();
    }

    @Test
    void readsAFileThroughTheCommandLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "Dr. Ak geldi. Gitti.", StandardCharsets.UTF_8);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Kulis.commandLine().execute("tokenize", "--conllu", in.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("# text = Dr. Ak geldi.\n1\tDr.\t")
                .contains("# text = Gitti.\n");
    }
}
