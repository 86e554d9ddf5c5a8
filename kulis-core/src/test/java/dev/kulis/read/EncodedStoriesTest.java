package dev.kulis.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire stories saved in Windows-1254, ISO-8859-9 and double-encoded UTF-8 read exactly like their UTF-8
 * originals. The bytes are made here from the UTF-8 fixtures, so no binary file is committed.
 */
class EncodedStoriesTest {
    @TempDir
    Path dir;

    private static String fixture(String name) throws IOException {
        try (InputStream in = EncodedStoriesTest.class.getResourceAsStream("/dev/kulis/wire/stories/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sameArticleWhateverTheEncoding() throws IOException {
        String story = fixture("12-iso-date-reporter-aa.txt");
        String plain = fixture("14-plain-news-layout.txt");
        Files.writeString(dir.resolve("a-utf8.txt"), story);
        Files.write(dir.resolve("b-cp1254.txt"), story.getBytes(Charset.forName("windows-1254")));
        Files.write(dir.resolve("c-latin5.txt"), story.getBytes(Charset.forName("ISO-8859-9")));
        String mojibake = new String(story.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Files.writeString(dir.resolve("d-double.txt"), mojibake);
        Files.write(dir.resolve("e-plain-cp1254.txt"), plain.getBytes(Charset.forName("windows-1254")));
        Collecting c = new Collecting();
        ArticleSources.read(dir.toString(), c);
        assertThat(c.rejected).isEmpty();
        assertThat(c.ids()).containsExactly("a-utf8", "b-cp1254", "c-latin5", "d-double", "e-plain-cp1254");
        Article original = c.articles.get(0);
        for (Article a : c.articles.subList(1, 4)) {
            assertThat(a.text()).isEqualTo(original.text());
            assertThat(a.metadata().withSource(null)).isEqualTo(original.metadata().withSource(null));
            assertThat(a.paragraphs()).isEqualTo(original.paragraphs());
        }
        assertThat(original.metadata().byline()).isEqualTo("Kemal Özdemirci");
        assertThat(original.metadata().city()).isEqualTo("Trabzon");
        assertThat(c.articles.get(4).text()).isEqualTo(plain);
        assertThat(c.articles.get(4).metadata().headline()).isEqualTo("Altınova'ya yeni park");
    }
}
