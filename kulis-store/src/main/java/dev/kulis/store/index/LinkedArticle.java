package dev.kulis.store.index;

import dev.kulis.model.Article;
import dev.kulis.model.EntityRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotated article with what the archive adds to it: the hash of the article as read, the registry id of
 * each of its entities (same order as {@link Article#entities()}, null when unresolved), its story cluster and
 * MinHash signature.
 */
public record LinkedArticle(Article article, String hash, List<String> entityIds, String cluster, long[] signature) {
    public LinkedArticle {
        if (entityIds.size() != article.entities().size()) {
            throw new IllegalArgumentException("one registry id per entity expected: " + entityIds.size() + " for "
                    + article.entities().size());
        }
    }

    /** The article's own entity ids → registry ids (unresolved ones left out). */
    public Map<String, String> idMap() {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < entityIds.size(); i++) {
            if (entityIds.get(i) != null) {
                map.put(article.entities().get(i).id(), entityIds.get(i));
            }
        }
        return map;
    }

    /** The registry id a reference points to, or null. */
    public static String registryId(Map<String, String> idMap, EntityRef ref) {
        return ref == null || ref.entity() == null ? null : idMap.get(ref.entity());
    }
}
