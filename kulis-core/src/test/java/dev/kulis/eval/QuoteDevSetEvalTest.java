package dev.kulis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kulis.model.Article;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Runs the quote eval on the dev sets when the news data is present. Only sanity is asserted; the product bars
 * (direct P ≥ 95, R ≥ 90, indirect P ≥ 85, R ≥ 80, speaker ≥ 90) are printed, not asserted yet.
 */
class QuoteDevSetEvalTest {
    @Test
    void devSetsLoad() {
        List<QuoteDevSet> sets = QuoteDevSet.onClassPath();
        assertThat(sets).extracting(QuoteDevSet::name).contains("dev-set-a.jsonl");
        for (QuoteDevSet s : sets) {
            assertThat(s.articles()).isNotEmpty();
            for (QuoteDevSet.Article a : s.articles()) {
                for (QuoteDevSet.Quote q : a.quotes()) {
                    assertThat(q.kind()).isIn("direct", "indirect", "mixed", "headline");
                    assertThat(q.start()).isLessThan(q.end());
                    assertThat(q.confidence()).isIn("sure", "unsure");
                }
            }
        }
    }

    @Test
    void evalRunsOnTheDevSets() throws Exception {
        Optional<Path> news = SharedData.data("news/kemik-42bin.jsonl");
        assumeTrue(news.isPresent(), "no shared news data");
        List<QuoteDevSet> sets = QuoteDevSet.onClassPath();
        Set<String> ids = new TreeSet<>();
        sets.forEach(s -> s.articles().forEach(a -> ids.add(a.id())));
        Map<String, Article> texts = QuoteEval.articles(news.get(), ids);
        assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        Pipeline pipeline = Pipelines.standard();
        QuoteScore total = new QuoteScore();
        for (QuoteDevSet s : sets) {
            QuoteEval.SetResult r = QuoteEval.run(s, texts, pipeline);
            System.out.println("== " + r.name() + " (" + r.articles() + " articles, " + r.goldQuotes()
                    + " gold quotes)");
            System.out.print(r.score().report());
            assertThat(r.problems()).isEmpty();
            assertThat(r.articles()).isEqualTo(s.articles().size());
            assertThat(r.score().goldNotInText()).isZero();
            total.add(r.score());
        }
        System.out.println("== overall");
        System.out.print(total.report());
        System.out.println("bars: direct P >= 95, R >= 90; indirect P >= 85, R >= 80; speaker >= 90 (not asserted)");
        assertThat(total.directTp() + total.indirectTp()).isPositive();
        for (double x : new double[] {total.directP(), total.directR(), total.indirectP(), total.indirectR(),
                total.speakerAccuracy()}) {
            assertThat(x).isBetween(0.0, 1.0);
        }
    }
}
