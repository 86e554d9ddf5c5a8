package dev.kulis.store.cluster;

/**
 * Groups the republished copies of one story (SKELETON: contract only, implemented in the clustering work).
 *
 * <p>Contract: {@link #signature} is a pure, thread-safe function of an article's text (MinHash over word shingles
 * of the normalised body, headline and byline left out); {@link #assign} puts an article into the cluster of its
 * nearest earlier copy (LSH candidates, verified by estimated Jaccard) or opens a new cluster named after the
 * article's own id. Copies that were edited, cut or retitled still join. State is in memory and rebuilt with
 * {@link #restore} from what the index stored, so a crash loses nothing.
 */
public final class StoryClusters {

    /** The MinHash signature of an article's text. */
    public long[] signature(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The cluster id for a new article (its own id when it starts a cluster). Thread-safe. */
    public String assign(String articleId, long[] signature) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Re-learns a stored article's signature and cluster when an archive is opened. */
    public void restore(String articleId, long[] signature, String clusterId) {
        throw new UnsupportedOperationException("not yet");
    }
}
