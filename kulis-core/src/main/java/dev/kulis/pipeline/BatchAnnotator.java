package dev.kulis.pipeline;

import dev.kulis.model.Article;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Annotates a stream of articles on several threads and hands the results on in input order. Memory stays
 * bounded: at most a few articles per thread are in flight. An article whose annotation throws is handed to
 * the failure callback with the exception, and the batch goes on.
 */
public final class BatchAnnotator implements AutoCloseable {
    private final Annotator annotator;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final Consumer<Article> done;
    private final BiConsumer<Article, Throwable> failed;

    private record Pending(Article input, Future<Article> result) {
    }

    public BatchAnnotator(Annotator annotator, int threads, Consumer<Article> done,
                          BiConsumer<Article, Throwable> failed) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.annotator = annotator;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kulis-annotate");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.done = done;
        this.failed = failed;
    }

    /** Queues one article; may block while the oldest results are handed on. */
    public void submit(Article article) {
        inFlight.add(new Pending(article, pool.submit(() -> annotator.annotate(article))));
        while (inFlight.size() > window) {
            drainOne();
        }
    }

    /** Hands on every result still in flight. */
    public void flush() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    private void drainOne() {
        Pending p = inFlight.poll();
        try {
            done.accept(p.result().get());
        } catch (ExecutionException e) {
            failed.accept(p.input(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.accept(p.input(), e);
        }
    }

    @Override
    public void close() {
        flush();
        pool.shutdown();
    }
}
