package dev.kulis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kulis.model.Article;
import dev.kulis.model.ParagraphKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files, folders, JSON Lines, HTML and standard input, good and hostile. */
class ArticleSourcesTest {
    private static final String WIRE = "26.11.2019\nANKARA (AA) - Hayali Demirtepe Belediyesi, yol programını açıkladı.\n\n"
            + "Çalışmalar üç ay sürecek.\n\nFOTOĞRAFLI\n";

    @TempDir
    Path dir;

    private static Collecting read(String location) {
        Collecting c = new Collecting();
        ArticleSources.read(location, c);
        return c;
    }

    @Test
    void singleTextFileIdIsItsNameWithoutExtension() throws IOException {
        Path f = Files.writeString(dir.resolve("demirtepe.txt"), WIRE);
        Collecting c = read(f.toString());
        assertThat(c.rejected).isEmpty();
        assertThat(c.ids()).containsExactly("demirtepe");
        Article a = c.articles.get(0);
        assertThat(a.metadata().agency()).isEqualTo("AA");
        assertThat(a.metadata().date()).isEqualTo("2019-11-26");
        assertThat(a.metadata().media()).containsExactly("photo");
        assertThat(a.metadata().source()).isEqualTo(f.toString());
    }

    @Test
    void folderIsWalkedRecursivelyInSortedOrderWithRelativeIds() throws IOException {
        Files.createDirectories(dir.resolve("spor"));
        Files.createDirectories(dir.resolve("ekonomi/alt"));
        Files.writeString(dir.resolve("spor/2.txt"), "Başlık\nSpor haberi.\n");
        Files.writeString(dir.resolve("ekonomi/12.txt"), "Başlık\nEkonomi haberi.\n");
        Files.writeString(dir.resolve("ekonomi/alt/1.txt"), "Başlık\nAlt haber.\n");
        Files.write(dir.resolve("ekonomi/3.txt"), "Başlık\nŞişli'de ağır kış.\n".getBytes(Charset.forName("windows-1254")));
        Collecting c = read(dir.toString());
        assertThat(c.rejected).isEmpty();
        assertThat(c.ids()).containsExactly("ekonomi/12", "ekonomi/3", "ekonomi/alt/1", "spor/2");
        assertThat(c.articles.get(1).text()).contains("Şişli'de ağır kış.");
    }

    @Test
    void aFoldersNotesAndHiddenEntriesAreNotArticlesButANamedNoteIs() throws IOException {
        Files.writeString(dir.resolve("1.txt"), WIRE);
        Files.writeString(dir.resolve("README.md"), "# Örnekler\nBu klasördeki haberler uydurmadır.\n");
        Files.writeString(dir.resolve(".DS_Store"), "Başlık\nGizli dosya.\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "Başlık\nGizli klasör.\n");
        assertThat(read(dir.toString()).ids()).containsExactly("1");
        assertThat(read(dir.resolve("README.md").toString()).ids()).containsExactly("README");
    }

    @Test
    void jsonLinesGoodAndBadLines() throws IOException {
        String jsonl = String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Birinci başlık\\nBirinci haberin girişi.\",\"category\":\"dunya\",\"url\":\"https://ornek.test/1\"}",
                "{\"text\":\"Kimliksiz haber\\nGiriş.\",\"metadata\":{\"date\":\"2019-11-26T10:00:00Z\",\"agency\":\"DHA\"}}",
                "",
                "{\"id\":\"a3\",\"text\":\"Yarım kal",
                "{\"id\":\"a4\",\"title\":\"metin yok\"}",
                "[1,2,3]",
                "{\"id\":\"a6\",\"text\":42}",
                "{\"id\":\"a7\",\"text\":\"   \"}",
                "{oops}",
                "{\"id\":\"a9\",\"text\":\"Son haber\\n\\u0093Tırnak\\u0094 içinde giriş.\"}",
                "");
        Path f = Files.writeString(dir.resolve("batch.jsonl"), jsonl);
        Collecting c = read(f.toString());
        assertThat(c.ids()).containsExactly("a1", f + ":2", "a9");
        Article a1 = c.articles.get(0);
        assertThat(a1.metadata().category()).isEqualTo("dunya");
        assertThat(a1.metadata().url()).isEqualTo("https://ornek.test/1");
        assertThat(a1.metadata().headline()).isEqualTo("Birinci başlık");
        assertThat(a1.metadata().lead()).isEqualTo("Birinci haberin girişi.");
        assertThat(c.articles.get(1).metadata().date()).isEqualTo("2019-11-26");
        assertThat(c.articles.get(1).metadata().datePrecision()).isEqualTo("day");
        assertThat(c.articles.get(1).metadata().agency()).isEqualTo("DHA");
        assertThat(c.articles.get(2).metadata().lead()).isEqualTo("“Tırnak” içinde giriş.");
        assertThat(c.reasons()).containsExactly(
                f + ":4: truncated JSON (unexpected end of input)",
                f + ":5: no \"text\" field",
                f + ":6: not a JSON object (array)",
                f + ":7: \"text\" is not a string",
                f + ":8: empty text",
                c.reasons().get(5));
        assertThat(c.reasons().get(5)).startsWith(f + ":9: invalid JSON");
        assertThat(c.rejected.get(0).item()).isEqualTo(f + ":4");
        assertThat(new String(c.rejected.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"a3\",\"text\":\"Yarım kal");
    }

    @Test
    void tenMegabyteLineIsRejectedAndTheBatchGoesOn() throws IOException {
        Path f = dir.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("{\"id\":\"once\",\"text\":\"Önce\\nGiriş.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"sonra\",\"text\":\"Sonra\\nGiriş.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Collecting c = read(f.toString());
        assertThat(c.ids()).containsExactly("once", "sonra");
        assertThat(c.reasons()).singleElement().asString().startsWith(f + ":2: line too long (10485782 bytes");
        assertThat(c.rejected.get(0).content()).hasSize(1 << 20);
    }

    @Test
    void tenMegabyteTextFileIsRejected() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] chunk = "kelime ".repeat(150_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
        }
        Collecting c = read(f.toString());
        assertThat(c.articles).isEmpty();
        assertThat(c.reasons()).singleElement().asString().startsWith(f + ": too large (10500000 bytes");
    }

    @Test
    void articleTextLimitApplies() throws IOException {
        Path f = Files.writeString(dir.resolve("long.txt"), "Başlık\n" + "ç".repeat(5000));
        Collecting c = new Collecting();
        new ArticleSources(new ReadLimits(1000, 1 << 20, 1 << 20, 1 << 20, 100)).readAll(f.toString(), c);
        assertThat(c.reasons()).singleElement().asString().contains("text too long");
        assertThat(c.rejected.get(0).content()).hasSize(100);
    }

    @Test
    void emptyBinaryAndGoodFilesInOneFolder() throws IOException {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
        Files.writeString(dir.resolve("c-good.txt"), WIRE);
        Files.writeString(dir.resolve("d-blank.txt"), "\n\n   \n");
        Collecting c = read(dir.toString());
        assertThat(c.ids()).containsExactly("c-good");
        assertThat(c.reasons()).containsExactly(
                dir.resolve("a-empty.txt") + ": empty",
                dir.resolve("b-binary.txt") + ": binary data (NUL bytes)",
                dir.resolve("d-blank.txt") + ": empty (only whitespace)");
    }

    @Test
    void unreadableFileIsRejectedWithItsReason() throws IOException {
        Path f = Files.writeString(dir.resolve("gizli.txt"), WIRE);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
        Files.writeString(dir.resolve("okunur.txt"), WIRE);
        Collecting c = read(dir.toString());
        assertThat(c.ids()).containsExactly("okunur");
        assertThat(c.reasons()).containsExactly(f + ": cannot read (permission denied)");
    }

    @Test
    void specialFilesAndMissingLocationsAreRejectedNotHung() throws IOException, InterruptedException {
        Path fifo = dir.resolve("boru");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeFalse(p.waitFor() != 0, "mkfifo not available");
        Files.createSymbolicLink(dir.resolve("kirik.txt"), dir.resolve("yok.txt"));
        Files.createSymbolicLink(dir.resolve("dongu"), dir);
        Files.writeString(dir.resolve("iyi.txt"), WIRE);
        Collecting c = read(dir.toString());
        assertThat(c.ids()).containsExactly("iyi");
        assertThat(c.reasons()).containsExactly(
                dir.resolve("boru") + ": not a regular file",
                dir.resolve("dongu") + ": symbolic link to a folder (not followed)",
                dir.resolve("kirik.txt") + ": broken symbolic link");
        assertThat(read(dir.resolve("nowhere").toString()).reasons())
                .containsExactly(dir.resolve("nowhere") + ": no such file or folder");
    }

    @Test
    void deeplyNestedAndHostileHtml() throws IOException {
        StringBuilder deep = new StringBuilder("<html><head><title>Derin</title></head><body>");
        deep.append("<div>".repeat(10_000)).append("<p>En içteki paragraf.</p>").append("</div>".repeat(10_000));
        deep.append("</body></html>");
        Files.writeString(dir.resolve("a-deep.html"), deep);
        String huge = "<html><body><p title=\"" + "x".repeat(3_000_000) + "\">Büyük öznitelik.</p>"
                + "<script>" + "while(true){}".repeat(10_000) + "</script></body></html>";
        Files.writeString(dir.resolve("b-attr.html"), huge);
        Files.writeString(dir.resolve("c-toobig.html"), "<html><body>" + "<p>çok</p>".repeat(600_000) + "</body></html>");
        Files.writeString(dir.resolve("d-empty.html"), "<html><head><script>alert(1)</script></head><body><nav>Menü</nav></body></html>");
        Collecting c = read(dir.toString());
        assertThat(c.ids()).containsExactly("a-deep", "b-attr");
        assertThat(c.articles.get(0).metadata().headline()).isEqualTo("Derin");
        assertThat(c.articles.get(0).text()).isEqualTo("Derin\n\nEn içteki paragraf.");
        assertThat(c.articles.get(1).text()).isEqualTo("Büyük öznitelik.").doesNotContain("while");
        assertThat(c.reasons()).containsExactly(
                dir.resolve("c-toobig.html") + ": too large (" + Files.size(dir.resolve("c-toobig.html"))
                        + " bytes, limit 4194304)",
                dir.resolve("d-empty.html") + ": no article text in the HTML page");
    }

    @Test
    void htmlArticleWithoutBoilerplate() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><title>Demirtepe'de yol programı | Örnek Gazete</title>
                <meta property="og:title" content="Demirtepe'de yol programı">
                <meta property="article:published_time" content="2019-11-26T09:30:00+03:00">
                <link rel="canonical" href="https://ornek.test/demirtepe"></head>
                <body><header><a href="/">Örnek Gazete</a></header>
                <nav><ul><li>Gündem</li><li>Spor</li></ul></nav>
                <article><h1>Demirtepe'de yol programı</h1>
                <p>ANKARA (AA) - Hayali Demirtepe Belediyesi, yol programını açıkladı.</p>
                <!-- reklam alanı -->
                <div class="share-buttons">Paylaş: Facebook Twitter</div>
                <p>Çalışmalar <b>üç ay</b> sürecek.</p>
                <figure><img src="x.jpg"><figcaption>Yol çalışması</figcaption></figure>
                <h2>BAŞKAN: SÖZÜMÜZÜ TUTTUK</h2>
                <p>Başkan, sözlerini tuttuklarını söyledi.</p>
                <form><input name="q"></form></article>
                <aside>İlgili haberler</aside><footer>© Örnek Gazete</footer>
                <script>var x = 1;</script><style>p{}</style></body></html>""";
        Path f = Files.writeString(dir.resolve("demirtepe.html"), html);
        Collecting c = read(f.toString());
        assertThat(c.rejected).isEmpty();
        Article a = c.articles.get(0);
        assertThat(a.text()).isEqualTo("Demirtepe'de yol programı\n\n"
                + "ANKARA (AA) - Hayali Demirtepe Belediyesi, yol programını açıkladı.\n\n"
                + "Çalışmalar üç ay sürecek.\n\nBAŞKAN: SÖZÜMÜZÜ TUTTUK\n\nBaşkan, sözlerini tuttuklarını söyledi.");
        assertThat(a.metadata().headline()).isEqualTo("Demirtepe'de yol programı");
        assertThat(a.metadata().city()).isEqualTo("Ankara");
        assertThat(a.metadata().agency()).isEqualTo("AA");
        assertThat(a.metadata().date()).isEqualTo("2019-11-26");
        assertThat(a.metadata().url()).isEqualTo("https://ornek.test/demirtepe");
        assertThat(a.metadata().lead()).isEqualTo("Hayali Demirtepe Belediyesi, yol programını açıkladı.");
        assertThat(a.metadata().subheadings()).containsExactly("BAŞKAN: SÖZÜMÜZÜ TUTTUK");
        assertThat(a.paragraphs()).extracting(p -> p.kind()).containsExactly(ParagraphKind.HEADLINE,
                ParagraphKind.LEAD, ParagraphKind.BODY, ParagraphKind.SUBHEADING, ParagraphKind.BODY);
    }

    @Test
    void standardInputIsSniffed() {
        Collecting jsonl = new Collecting();
        new ArticleSources().readStream("stdin",
                new ByteArrayInputStream("{\"text\":\"Başlık\\nGiriş.\"}\n{\"text\":\n".getBytes(StandardCharsets.UTF_8)),
                jsonl);
        assertThat(jsonl.ids()).containsExactly("stdin:1");
        assertThat(jsonl.reasons()).containsExactly("stdin:2: truncated JSON (unexpected end of input)");

        Collecting text = new Collecting();
        new ArticleSources().readStream("stdin", new ByteArrayInputStream(WIRE.getBytes(Charset.forName("windows-1254"))),
                text);
        assertThat(text.ids()).containsExactly("stdin");
        assertThat(text.articles.get(0).metadata().lead()).isEqualTo("Hayali Demirtepe Belediyesi, yol programını açıkladı.");

        Collecting html = new Collecting();
        new ArticleSources().readStream("stdin", new ByteArrayInputStream(
                "<!doctype html><title>T</title><p>Paragraf bir.</p>".getBytes(StandardCharsets.UTF_8)), html);
        assertThat(html.articles.get(0).text()).isEqualTo("T\n\nParagraf bir.");

        Collecting empty = new Collecting();
        new ArticleSources().readStream("stdin", new ByteArrayInputStream(new byte[0]), empty);
        assertThat(empty.reasons()).containsExactly("stdin: empty");
    }

    @Test
    void twentyThousandFilesAreStreamed() throws IOException {
        int files = 20_000;
        for (int d = 0; d < 20; d++) {
            Path sub = Files.createDirectories(dir.resolve(String.format("k%02d", d)));
            for (int i = 0; i < files / 20; i++) {
                Files.writeString(sub.resolve(i + ".txt"), "Başlık " + i + "\nGiriş " + i + ".\n");
            }
        }
        int[] counts = new int[2];
        String[] first = new String[1];
        ArticleSources.read(dir.toString(), new ReadSink() {
            @Override
            public void article(Article a) {
                if (counts[0]++ == 0) {
                    first[0] = a.id();
                }
            }

            @Override
            public void rejected(Rejected r) {
                counts[1]++;
            }
        });
        assertThat(counts[0]).isEqualTo(files);
        assertThat(counts[1]).isZero();
        assertThat(first[0]).isEqualTo("k00/0");
    }
}
