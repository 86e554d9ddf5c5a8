package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.ner.NerTagger;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NerCommandTest {
    private static String ner(String conll) throws Exception {
        StringWriter out = new StringWriter();
        NerCommand.write(NerTagger.shared(), new BufferedReader(new StringReader(conll)), out);
        return out.toString();
    }

    @Test
    void writesTheSameTokensWithATagEach() throws Exception {
        String out = ner("Vali\tO\nMert\tB-PER\nKaraçam\tI-PER\n'a\tO\ngeldi\tO\n\n\nSivas'ta\nyağmur\nvar\n");
        assertThat(out).isEqualTo("""
                Vali\tO
                Mert\tB-PER
                Karaçam\tI-PER
                'a\tO
                geldi\tO

                Sivas'ta\tB-LOC
                yağmur\tO
                var\tO

                """);
    }

    @Test
    void spaceSeparatedColumnsAndWindowsLineEndsGiveTheSameTokens() throws Exception {
        String tabs = ner("Mert\tB-PER\nKaraçam\tI-PER\ngeldi\tO\n");
        assertThat(ner("Mert B-PER\r\nKaraçam  I-PER\r\ngeldi O x\r\n")).isEqualTo(tabs);
        assertThat(tabs).startsWith("Mert\t");
    }

    @Test
    void longInputsAreTaggedInOverlappingBlocksWithoutLosingASentence() throws Exception {
        StringBuilder in = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int k = 0; k < 2 * NerCommand.BLOCK + 3 * NerTagger.WINDOW + 7; k++) {
            String s = "Cümle" + k + " Ayşe Doğan'ın evine gitti .";
            sentences.add(s);
            for (String t : s.split(" ")) {
                in.append(t).append('\n');
            }
            in.append('\n');
        }
        String[] blocks = ner(in.toString()).split("\n\n");
        assertThat(blocks).hasSize(sentences.size());
        for (int k = 0; k < blocks.length; k++) {
            assertThat(blocks[k].lines().map(l -> l.split("\t")[0]).toList())
                    .containsExactly(sentences.get(k).split(" "));
            assertThat(blocks[k]).contains("Ayşe\tB-PER");
        }
    }

    @Test
    void badFilesGetAMessageNamingThemAndTurkishSingleByteTextIsRead(@org.junit.jupiter.api.io.TempDir
                                                                     java.nio.file.Path dir) throws Exception {
        java.nio.file.Path binary = dir.resolve("binary.conll");
        java.nio.file.Files.write(binary, new byte[]{'A', 0, 0, 1, 2, '\n', 0, 0});
        CliRun bin = CliRun.of("ner", "--conll", binary.toString());
        assertThat(bin.exit()).isEqualTo(1);
        assertThat(bin.err()).contains("binary.conll").contains("not text");
        CliRun missing = CliRun.of("ner", "--conll", dir.resolve("yok.conll").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("yok.conll").contains("no such file");
        java.nio.file.Path legacy = dir.resolve("legacy.conll");
        java.nio.file.Files.write(legacy, "Ayşe\nDoğan\nİzmir'e\ngitti\n".getBytes("windows-1254"));
        CliRun read = CliRun.of("ner", "--conll", legacy.toString());
        assertThat(read.exit()).isZero();
        assertThat(read.err()).contains("legacy.conll").contains("not UTF-8, read as");
        assertThat(read.out().lines().map(l -> l.split("\t")[0]).toList())
                .containsExactly("Ayşe", "Doğan", "İzmir'e", "gitti", "");
    }

    @Test
    void isRegisteredAsKulisNer() {
        CommandLine cl = Kulis.commandLine();
        assertThat(cl.getSubcommands()).containsKey("ner");
        assertThat(cl.getSubcommands().get("eval").getSubcommands()).containsKey("ner");
    }
}
