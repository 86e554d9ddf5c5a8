package dev.kulis.store.cluster;

/**
 * How much two texts share, estimated from their MinHash signatures.
 *
 * @param jaccard     estimated |A∩B| / |A∪B|: the share of agreeing minima
 * @param containment estimated |A∩B| / min(|A|,|B|): how much of the shorter text the longer one holds, from the
 *                    Jaccard estimate and both sizes (|A∩B| = J (|A|+|B|) / (1+J)), capped at 1
 * @param sizeA       distinct shingles of the first text
 * @param sizeB       distinct shingles of the second text
 */
public record Similarity(double jaccard, double containment, int sizeA, int sizeB) {

    /** The estimate from {@code agree} agreeing minima out of {@code hashes}. */
    static Similarity of(int agree, int hashes, int sizeA, int sizeB) {
        double j = (double) agree / hashes;
        int smaller = Math.min(sizeA, sizeB);
        double c = smaller == 0 ? 0 : Math.min(1.0, j * (sizeA + sizeB) / ((1 + j) * smaller));
        return new Similarity(j, c, sizeA, sizeB);
    }

    /** Full-precision signatures (as {@link StoryClusters#signature} returns them). */
    public static Similarity between(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + a.length + ", " + b.length);
        }
        int k = a.length - 1;
        int agree = 0;
        for (int i = 0; i < k; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                agree++;
            }
        }
        return of(agree, k, MinHash.size(a), MinHash.size(b));
    }

    /** Whether these texts are copies of one story under {@code s}. */
    public boolean sameStory(ClusterSettings s) {
        if (Math.min(sizeA, sizeB) < s.minShingles()) {
            return false;
        }
        return jaccard >= s.joinJaccard() || (jaccard >= s.minJaccard() && containment >= s.joinContainment());
    }

    /** Ranks candidates: the best match is the one that holds most of the shorter text, then the closest. */
    double score() {
        return Math.max(jaccard, containment) + jaccard * 1e-3;
    }
}
