package dev.kulis.store.cluster;

/**
 * The knobs of story clustering, tuned on real republished copies (docs/evaluation/clusters.md).
 *
 * @param shingleWords     words per shingle: longer shingles tell stories apart better, shorter ones survive edits
 * @param hashes           MinHash functions; the estimate's standard error is about {@code sqrt(J(1-J)/hashes)}
 * @param bands            LSH bands of {@code rows} hashes each ({@code bands * rows <= hashes})
 * @param rows             hashes per band: fewer rows find lower-similarity candidates (cut copies) at more cost
 * @param minShingles      texts with fewer distinct shingles never join nor attract (a headline alone is no story)
 * @param joinJaccard      estimated Jaccard at which two texts are copies of one story
 * @param joinContainment  estimated share of the shorter text found in the longer one at which a cut copy joins
 * @param minJaccard       Jaccard floor for a containment join: below it the containment estimate is mostly noise
 */
public record ClusterSettings(int shingleWords, int hashes, int bands, int rows, int minShingles,
                              double joinJaccard, double joinContainment, double minJaccard) {

    public static final ClusterSettings DEFAULT = new ClusterSettings(4, 128, 64, 2, 12, 0.5, 0.6, 0.12);

    public ClusterSettings {
        if (shingleWords < 1 || hashes < 1 || bands < 1 || rows < 1 || bands * rows > hashes) {
            throw new IllegalArgumentException("need shingleWords, hashes, bands, rows >= 1 and bands * rows <= hashes");
        }
        if (minShingles < 1) {
            throw new IllegalArgumentException("minShingles must be >= 1");
        }
    }
}
