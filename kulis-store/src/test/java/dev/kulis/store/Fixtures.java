package dev.kulis.store;

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

/** The fictional test articles, read and annotated once per test run. */
public final class Fixtures {
    private static Pipeline pipeline;
    private static List<Article> annotated;

    private Fixtures() {
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipelines.standard();
        }
        return pipeline;
    }

    public static Path newsFile() {
        try {
            return Path.of(Fixtures.class.getResource("fictional-news.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Article> read() {
        List<Article> out = new ArrayList<>();
        ArticleSources.read(newsFile().toString(), new ReadSink() {
            @Override
            public void article(Article a) {
                out.add(a);
            }

            @Override
            public void rejected(Rejected r) {
                throw new IllegalStateException(r.reason());
            }
        });
        return out;
    }

    public static synchronized List<Article> annotated() {
        if (annotated == null) {
            annotated = read().stream().map(pipeline()::annotate).toList();
        }
        return annotated;
    }
}
