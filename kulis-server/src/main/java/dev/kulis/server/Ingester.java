package dev.kulis.server;

import dev.kulis.model.Article;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.read.ArticleSources;
import dev.kulis.read.ReadSink;
import dev.kulis.read.Rejected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a posted body with the same readers as {@code kulis annotate} (wire text, plain text, JSON Lines, HTML,
 * any supported encoding), annotates each article and hands them to the {@link ArticleSink}. The pipeline is
 * built on first use: its models are large and a read-only server never needs them.
 */
public final class Ingester {
    private final ArticleSink sink;
    private final Supplier<Pipeline> pipelineFactory;
    private final ArticleSources sources = new ArticleSources();
    private volatile Pipeline pipeline;

    public Ingester(ArticleSink sink, Supplier<Pipeline> pipelineFactory) {
        this.sink = sink;
        this.pipelineFactory = pipelineFactory;
    }

    /** @param name the id of a single text article (JSON Lines carry their own ids) */
    public IngestReport ingest(String name, byte[] body) throws IOException {
        List<Article> read = new ArrayList<>();
        List<IngestReport.Rejection> rejected = new ArrayList<>();
        sources.readStream(name, new ByteArrayInputStream(body), new ReadSink() {
            @Override
            public void article(Article a) {
                read.add(a);
            }

            @Override
            public void rejected(Rejected r) {
                rejected.add(new IngestReport.Rejection(r.item(), r.reason()));
            }
        });
        Pipeline p = pipeline();
        List<ArticleSink.Posted> annotated = new ArrayList<>();
        for (Article a : read) {
            try {
                annotated.add(new ArticleSink.Posted(a, p.annotate(a)));
            } catch (RuntimeException e) {
                rejected.add(new IngestReport.Rejection(a.id(), "annotation failed: " + e.getMessage()));
            }
        }
        if (!annotated.isEmpty()) {
            sink.ingest(annotated);
        }
        return new IngestReport(annotated.size(), annotated.stream().map(x -> x.read().id()).toList(), rejected);
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = pipelineFactory.get();
                }
                p = pipeline;
            }
        }
        return p;
    }
}
