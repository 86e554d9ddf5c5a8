package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kulis lemma --conllu}: fills column 3 of every line and changes nothing else. */
class LemmaCommandTest {
    @Test
    void fillsLemmaOnEveryLineIncludingMultiwordRanges(@TempDir Path dir) throws Exception {
        String in = String.join("\n",
                "# sent_id = t1",
                "# text = Selvihan Zeytinova'daydı.",
                "1\tSelvihan\t_\t_\t_\t_\t_\t_\t_\t_",
                "2-3\tZeytinova'daydı\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
                "2\tZeytinova'da\t_\t_\t_\t_\t_\t_\t_\t_",
                "3\tydı\t_\t_\t_\t_\t_\t_\t_\t_",
                "4\t.\t_\t_\t_\t_\t_\t_\t_\t_",
                "", "");
        Path f = dir.resolve("in.conllu");
        Files.writeString(f, in);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = Kulis.commandLine().execute("lemma", "--conllu", f.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(rc).isZero();
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("# sent_id = t1");
        assertThat(lines[2].split("\t")[2]).isEqualTo("Selvihan");
        assertThat(lines[3].split("\t")[2]).isEqualTo("Zeytinova");
        assertThat(lines[3].split("\t")[9]).isEqualTo("SpaceAfter=No");
        assertThat(lines[4].split("\t")[2]).isEqualTo("Zeytinova");
        assertThat(lines[5].split("\t")[2]).isNotBlank().isNotEqualTo("_");
        assertThat(lines[6].split("\t")[2]).isEqualTo(".");
    }
}
