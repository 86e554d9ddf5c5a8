package dev.kulis.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {
    @TempDir
    Path dir;

    @Test
    void keepsBytesAndReasonsInsideTheFolderWhateverTheName() throws IOException {
        Path q = dir.resolve("quarantine");
        Quarantine quarantine = new Quarantine(q);
        List<String> hostile = List.of("../../etc/passwd", "/etc/shadow", "..", ".", "", "a\tb\nc", "C:\\Windows\\x",
                "ekonomi/Kopyas\u008d 37.txt", "batch.jsonl:17", "ç".repeat(500), "reasons.tsv");
        for (String item : hostile) {
            quarantine.put(new Rejected(item, item + ": kötü", item.getBytes(StandardCharsets.UTF_8)));
        }
        try (Stream<Path> files = Files.list(q)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(hostile.size() + 1);
            assertThat(all).allMatch(p -> p.getParent().equals(q));
            assertThat(all).allMatch(p -> p.getFileName().toString().matches("[A-Za-z0-9._-]{1,120}"));
        }
        assertThat(dir.resolve("etc")).doesNotExist();
        List<String> lines = Files.readAllLines(q.resolve(Quarantine.REASONS));
        assertThat(lines).hasSize(hostile.size());
        assertThat(lines.get(0)).isEqualTo("../../etc/passwd\t../../etc/passwd: kötü");
        assertThat(lines.get(5)).isEqualTo("a b c\ta b c: kötü");
        assertThat(lines).allMatch(l -> l.split("\t", -1).length == 2);
        assertThat(Files.readString(q.resolve(Quarantine.fileName("batch.jsonl:17")))).isEqualTo("batch.jsonl:17");
    }

    @Test
    void sameItemSameFileDistinctItemsDistinctFiles() {
        assertThat(Quarantine.fileName("a/b.txt")).isEqualTo(Quarantine.fileName("a/b.txt"));
        assertThat(Quarantine.fileName("a/b.txt")).isNotEqualTo(Quarantine.fileName("a_b.txt"));
        assertThat(Quarantine.fileName("../x")).doesNotStartWith(".");
    }

    @Test
    void aBatchWithBadItemsEndsUpInQuarantine() throws IOException {
        Files.write(dir.resolve("in.jsonl"), ("{\"text\":\"İyi\\nGiriş.\"}\n{\"text\":\"yarım\n\n{\"id\":1}\n")
                .getBytes(StandardCharsets.UTF_8));
        Quarantine q = new Quarantine(dir.resolve("q"));
        Collecting c = new Collecting();
        ArticleSources.read(dir.resolve("in.jsonl").toString(), new ReadSink() {
            @Override
            public void article(dev.kulis.model.Article a) {
                c.article(a);
            }

            @Override
            public void rejected(Rejected r) {
                q.put(r);
            }
        });
        assertThat(c.articles).hasSize(1);
        assertThat(Files.readAllLines(dir.resolve("q").resolve(Quarantine.REASONS))).containsExactly(
                dir.resolve("in.jsonl") + ":2\t" + dir.resolve("in.jsonl") + ":2: truncated JSON (unexpected end of input)",
                dir.resolve("in.jsonl") + ":4\t" + dir.resolve("in.jsonl") + ":4: no \"text\" field");
    }
}
