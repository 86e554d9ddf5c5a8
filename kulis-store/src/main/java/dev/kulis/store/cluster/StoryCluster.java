package dev.kulis.store.cluster;

import dev.kulis.store.ArticleRef;
import java.util.List;

/** The copies of one story, first published first. */
public record StoryCluster(String id, List<ArticleRef> articles) {
    public StoryCluster {
        articles = List.copyOf(articles);
    }
}
