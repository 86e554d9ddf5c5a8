package dev.kulis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.server.ArticleSink;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSinkTest {
    @TempDir
    Path dir;

    @Test
    void postedArticlesAreSearchableDurableAndNotDuplicated() throws IOException {
        Article read = Article.read("p1", "Liman projesi meclisten geçti.", Metadata.empty(), List.of());
        Article annotated = dev.kulis.pipeline.Pipelines.text().annotate(read);
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            IngestSink sink = new IngestSink(archive);
            sink.ingest(List.of(new ArticleSink.Posted(read, annotated)));
            sink.ingest(List.of(new ArticleSink.Posted(read, annotated)));
            assertThat(archive.search(SearchRequest.of("liman", 10)).total()).isEqualTo(1);
        }
        try (LuceneArchive reopened = LuceneArchive.openReadOnly(dir)) {
            assertThat(reopened.size()).isEqualTo(1);
        }
    }
}
