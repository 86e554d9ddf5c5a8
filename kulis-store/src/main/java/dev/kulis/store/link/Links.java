package dev.kulis.store.link;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.store.cluster.StoryClusters;
import dev.kulis.store.registry.EntityRegistry;
import dev.kulis.store.registry.EntitySummary;
import dev.kulis.text.TurkishCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's one door to the cross-article state: the {@link EntityRegistry} (archive-wide entity ids) and
 * {@link StoryClusters} (story copies). While either is not implemented yet (it throws
 * {@link UnsupportedOperationException}) a plain stand-in takes over: an entity's id is its type and folded name,
 * an article is its own cluster. Thread-safe.
 */
public final class Links {
    private static final Set<String> RESOLVED = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private volatile EntityRegistry registry;
    private final StoryClusters clusters;
    private volatile boolean registryWorks = true;
    private volatile boolean clustersWork = true;
    /** Stand-in registry: id → summary. */
    private final ConcurrentHashMap<String, EntitySummary> plain = new ConcurrentHashMap<>();

    public Links(EntityRegistry registry, StoryClusters clusters) {
        this.registry = registry;
        this.clusters = clusters;
    }

    public static Links fresh() {
        return new Links(new EntityRegistry(), new StoryClusters());
    }

    /** Archive-wide ids for the article's entities, same order (null for types the registry does not resolve). */
    public List<String> resolve(Article article) {
        if (registryWorks) {
            try {
                return registry.resolve(article);
            } catch (UnsupportedOperationException e) {
                registryWorks = false;
            }
        }
        List<String> ids = new ArrayList<>(article.entities().size());
        for (Entity e : article.entities()) {
            ids.add(plainLearn(e));
        }
        return ids;
    }

    /** Re-learns a stored article (opening an archive whose snapshot is missing or stale). */
    public void learn(Article article, List<String> ids) {
        if (registryWorks) {
            try {
                registry.learn(article, ids);
                return;
            } catch (UnsupportedOperationException e) {
                registryWorks = false;
            }
        }
        for (Entity e : article.entities()) {
            plainLearn(e);
        }
    }

    private String plainLearn(Entity e) {
        if (!RESOLVED.contains(e.type())) {
            return null;
        }
        String id = e.type().toLowerCase() + ":" + TurkishCase.foldAscii(e.name()).replaceAll("[^a-z0-9]+", "-");
        plain.putIfAbsent(id, new EntitySummary(id, e.type(), e.name(), e.aliases(), 0));
        return id;
    }

    public Optional<EntitySummary> summary(String id) {
        if (registryWorks) {
            try {
                return registry.summary(id);
            } catch (UnsupportedOperationException e) {
                registryWorks = false;
            }
        }
        return Optional.ofNullable(plain.get(id));
    }

    /** Ids whose name or alias matches {@code name} in any form, best first. */
    public List<String> find(String name, int limit) {
        if (registryWorks) {
            try {
                return registry.find(name, limit);
            } catch (UnsupportedOperationException e) {
                registryWorks = false;
            }
        }
        String q = TurkishCase.foldAscii(name.strip());
        List<String> out = new ArrayList<>();
        for (EntitySummary s : plain.values()) {
            String n = TurkishCase.foldAscii(s.name());
            if (!q.isEmpty() && (n.equals(q) || n.startsWith(q + " ") || n.endsWith(" " + q) || n.contains(" " + q + " "))) {
                out.add(s.id());
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** Writes the registry state (nothing for the stand-in: it is rebuilt from the index). */
    public boolean write(OutputStream out) throws IOException {
        if (registryWorks) {
            try {
                registry.write(out);
                return true;
            } catch (UnsupportedOperationException e) {
                registryWorks = false;
            }
        }
        return false;
    }

    /** Replaces the registry by a snapshot; false when it cannot be read (rebuild from the index then). */
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
        if (clustersWork) {
            try {
                return clusters.signature(article);
            } catch (UnsupportedOperationException e) {
                clustersWork = false;
            }
        }
        return new long[0];
    }

    public String assign(String articleId, long[] signature) {
        if (clustersWork && signature.length > 0) {
            try {
                return clusters.assign(articleId, signature);
            } catch (UnsupportedOperationException e) {
                clustersWork = false;
            }
        }
        return articleId;
    }

    public void restore(String articleId, long[] signature, String clusterId) {
        if (clustersWork && signature.length > 0) {
            try {
                clusters.restore(articleId, signature, clusterId);
            } catch (UnsupportedOperationException e) {
                clustersWork = false;
            }
        }
    }
}
