package dev.kulis.store.cluster;

/** An earlier article that shares a band with a new one, with its cluster and how similar the two are. */
public record Match(String articleId, String clusterId, Similarity similarity) {
}
