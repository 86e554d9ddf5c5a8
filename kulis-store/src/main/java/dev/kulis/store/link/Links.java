package dev.kulis.store.link;

import dev.kulis.model.Article;
import dev.kulis.store.cluster.StoryClusters;
import dev.kulis.store.registry.EntityRegistry;
import dev.kulis.store.registry.EntitySummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The store's one door to the cross-article state: the {@link EntityRegistry} (archive-wide entity ids) and
 * {@link StoryClusters} (copies of one story). The registry can be replaced by a snapshot ({@link #read}); both are
 * thread-safe.
 */
public final class Links {
    private volatile EntityRegistry registry;
    private final StoryClusters clusters;

    public Links(EntityRegistry registry, StoryClusters clusters) {
        this.registry = registry;
        this.clusters = clusters;
    }

    public static Links fresh() {
        return new Links(new EntityRegistry(), new StoryClusters());
    }

    /** Archive-wide ids for the article's entities, same order (null for types the registry does not resolve). */
    public List<String> resolve(Article article) {
        return registry.resolve(article);
    }

    /** Re-learns a stored article (opening an archive whose snapshot is missing or stale). */
    public void learn(Article article, List<String> ids) {
        registry.learn(article, ids);
    }

    public Optional<EntitySummary> summary(String id) {
        return registry.summary(id);
    }

    /** Ids whose name or alias matches {@code name} in any form, best first. */
    public List<String> find(String name, int limit) {
        return registry.find(name, limit);
    }

    /** Writes the registry state for a snapshot. */
    public void write(OutputStream out) throws IOException {
        registry.write(out);
    }

    /** Replaces the registry by a snapshot; false when it cannot be read (then it is re-learnt from the index). */
    public boolean read(InputStream in) {
        try {
            registry = EntityRegistry.read(in);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The MinHash signature of the article's body (lead and body paragraphs). */
    public long[] signature(Article article) {
        return clusters.signature(article);
    }

    /** The cluster of a new article: its nearest earlier copy's, or its own id. */
    public String assign(String articleId, long[] signature) {
        return clusters.assign(articleId, signature);
    }

    public void restore(String articleId, long[] signature, String clusterId) {
        clusters.restore(articleId, signature, clusterId);
    }
}
