package dev.kulis.server;

import dev.kulis.model.Article;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.read.ArticleSources;
import dev.kulis.read.ReadSink;
import dev.kulis.read.Rejected;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fictional test stories, annotated once per test JVM (the pipeline's models take seconds to load). */
final class Fixtures {
    private static List<Article> annotated;
    private static Pipeline pipeline;

    private Fixtures() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipelines.standard();
        }
        return pipeline;
    }

    static synchronized List<Article> articles() {
        if (annotated == null) {
            annotated = read(folder());
        }
        return annotated;
    }

    /** The articles of a file or folder, annotated. */
    static List<Article> read(Path location) {
        List<Article> read = new ArrayList<>();
        new ArticleSources().readAll(location.toString(), new ReadSink() {
            @Override
            public void article(Article a) {
                read.add(a);
            }

            @Override
            public void rejected(Rejected r) {
                throw new IllegalStateException("fixture unreadable: " + r.item() + ": " + r.reason());
            }
        });
        return read.stream().map(pipeline()::annotate).toList();
    }

    /** A fresh archive over the fixtures (fresh, so a test's posts do not leak into another's). */
    static MemoryArchive archive() {
        return new MemoryArchive(articles());
    }

    private static Path folder() {
        try {
            return Path.of(Fixtures.class.getResource("fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
