package dev.kulis.time;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.text.TextAnnotator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: a tokenized article from a sentence and a date, and the rows of a test TSV. */
final class Articles {
    private static final TextAnnotator TEXT = new TextAnnotator();

    private Articles() {
    }

    /** A tokenized article; {@code date} and {@code precision} may be null or "-". */
    static Article of(String text, String date, String precision) {
        Metadata m = new Metadata(dash(date), dash(precision), null, null, null, null, null, null, null, null, null,
                null, null);
        return TEXT.annotate(Article.read("test", text, m, List.of()));
    }

    private static String dash(String s) {
        return s == null || s.equals("-") ? null : s;
    }

    /** The tab-separated rows of a test resource beside this class, comment and blank lines skipped. */
    static List<String[]> rows(String resource) {
        try (InputStream in = Articles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
