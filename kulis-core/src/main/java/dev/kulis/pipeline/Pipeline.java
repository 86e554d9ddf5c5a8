package dev.kulis.pipeline;

import dev.kulis.model.Article;
import java.util.List;

/** Named annotators applied in order; itself an annotator. */
public final class Pipeline implements Annotator {
    private final List<Annotator> steps;

    public Pipeline(List<Annotator> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<Annotator> steps() {
        return steps;
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Article annotate(Article article) {
        Article a = article;
        for (Annotator s : steps) {
            a = s.annotate(a);
        }
        return a;
    }
}
