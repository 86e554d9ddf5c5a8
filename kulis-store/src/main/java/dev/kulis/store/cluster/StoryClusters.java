package dev.kulis.store.cluster;

import dev.kulis.model.Article;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the republished copies of one story.
 *
 * <p>Contract: {@link #signature} is a pure, thread-safe function of an article's text (MinHash over word shingles
 * of the normalised body, headline and byline left out); {@link #assign} puts an article into the cluster of its
 * nearest earlier copy (LSH candidates, verified by estimated Jaccard) or opens a new cluster named after the
 * article's own id. Copies that were edited, cut or retitled still join. State is in memory and rebuilt with
 * {@link #restore} from what the index stored, so a crash loses nothing.
 *
 * <p>How: {@link Shingles} (words of the text layer, folded), {@link MinHash} ({@code hashes} minima plus the
 * shingle count), {@link LshIndex} (banding) and {@link Similarity} (Jaccard, and containment for cut copies),
 * with the knobs in {@link ClusterSettings}. Texts with fewer than {@code minShingles} shingles stay alone and
 * are not indexed, so short notes never pull unrelated stories together. Memory: about
 * {@code 4 * (hashes + bands)} bytes per indexed article, a bucket table of about {@code 2 * bands} bytes per
 * article, and the ids (about 48 MB at 40k articles by default; docs/evaluation/clusters.md).
 */
public final class StoryClusters {
    private final ClusterSettings settings;
    private final Shingles shingles;
    private final MinHash minHash;
    private final LshIndex index;
    /** article of every indexed row */
    private final List<String> rowArticle = new ArrayList<>();
    /** cluster of every known article, indexed or too short */
    private final Map<String, String> clusterOf = new HashMap<>();

    public StoryClusters() {
        this(ClusterSettings.DEFAULT);
    }

    public StoryClusters(ClusterSettings settings) {
        this.settings = settings;
        this.shingles = new Shingles(settings.shingleWords());
        this.minHash = new MinHash(settings.hashes());
        this.index = new LshIndex(settings.hashes(), settings.bands(), settings.rows());
    }

    public ClusterSettings settings() {
        return settings;
    }

    /**
     * The MinHash signature of an article's text: {@code hashes} minima, then the number of distinct shingles.
     * Pass the body (the caller leaves headline and byline out; with them in, a retitled copy only loses a few
     * shingles).
     */
    public long[] signature(String text) {
        return signature(text, 0, text.length());
    }

    /** The signature of {@code text[from, to)}, for a body that is a region of the article's text. */
    public long[] signature(String text, int from, int to) {
        long[] set = shingles.of(text, from, to);
        return minHash.signature(set, set.length);
    }

    /**
     * The signature of a read article's body: its LEAD and BODY paragraphs (headline, subheadings, captions and the
     * byline left out), or its whole text when the reader found no paragraphs.
     */
    public long[] signature(Article article) {
        StringBuilder body = new StringBuilder(article.text().length());
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == ParagraphKind.LEAD || p.kind() == ParagraphKind.BODY) {
                body.append(article.text(), p.start(), p.end()).append('\n');
            }
        }
        return body.isEmpty() ? signature(article.text()) : signature(body.toString());
    }

    /** The cluster id for a new article (its own id when it starts a cluster). Thread-safe. */
    public synchronized String assign(String articleId, long[] signature) {
        String known = clusterOf.get(articleId);
        if (known != null) {
            return known;
        }
        Match best = null;
        for (Match m : candidates(signature)) {
            if (m.similarity().sameStory(settings)
                    && (best == null || m.similarity().score() > best.similarity().score())) {
                best = m;
            }
        }
        String cluster = best == null ? articleId : best.clusterId();
        remember(articleId, signature, cluster);
        return cluster;
    }

    /** Re-learns a stored article's signature and cluster when an archive is opened. */
    public synchronized void restore(String articleId, long[] signature, String clusterId) {
        if (clusterOf.containsKey(articleId)) {
            clusterOf.put(articleId, clusterId);
            return;
        }
        remember(articleId, signature, clusterId);
    }

    /**
     * Every earlier article that shares an LSH band with {@code signature}, in the order they were added, with the
     * estimated similarity, joined or not (for evaluation and for explaining a decision). Thread-safe.
     */
    public synchronized List<Match> candidates(long[] signature) {
        check(signature);
        int size = MinHash.size(signature);
        List<Match> out = new ArrayList<>();
        if (size < settings.minShingles()) {
            return out;
        }
        int[] compact = MinHash.compact(signature);
        List<Integer> rows = new ArrayList<>();
        index.candidates(compact, rows::add);
        rows.sort(null);
        for (int row : rows) {
            Similarity s = Similarity.of(index.agreement(row, compact), settings.hashes(), index.sizeOf(row), size);
            String article = rowArticle.get(row);
            out.add(new Match(article, clusterOf.get(article), s));
        }
        return out;
    }

    /** The cluster of a known article, or null. */
    public synchronized String clusterOf(String articleId) {
        return clusterOf.get(articleId);
    }

    /** Articles known (assigned or restored). */
    public synchronized int size() {
        return clusterOf.size();
    }

    /** Bytes held by the LSH index's arrays (ids and the id map come on top). */
    public synchronized long indexBytes() {
        return index.memoryBytes();
    }

    private void remember(String articleId, long[] signature, String cluster) {
        check(signature);
        clusterOf.put(articleId, cluster);
        int size = MinHash.size(signature);
        if (size >= settings.minShingles()) {
            index.add(MinHash.compact(signature), size);
            rowArticle.add(articleId);
        }
    }

    private void check(long[] signature) {
        if (signature.length != settings.hashes() + 1) {
            throw new IllegalArgumentException("signature of " + signature.length + " longs, expected "
                    + (settings.hashes() + 1));
        }
    }
}
