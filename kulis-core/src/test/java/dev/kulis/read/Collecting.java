package dev.kulis.read;

import dev.kulis.model.Article;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
final class Collecting implements ReadSink {
    final List<Article> articles = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();

    @Override
    public void article(Article a) {
        articles.add(a);
    }

    @Override
    public void rejected(Rejected r) {
        rejected.add(r);
    }

    List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    List<String> reasons() {
        return rejected.stream().map(Rejected::reason).toList();
    }
}
