package dev.kulis.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.text.TurkishCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Learns the {@link NewsLexicon} from unlabelled news (JSON Lines with a {@code text} field), without labels:
 * <ol>
 * <li>counts lower-cased word stems and how often each is capitalised where capitals are not forced;</li>
 * <li>describes each of the {@code V} most frequent words by its left and right neighbours among the
 * {@code C} most frequent tokens, weighted by positive PMI (context counts smoothed with exponent 0.75);</li>
 * <li>groups the words by spherical k-means into {@code K} fine clusters, then groups the fine centroids
 * into middle and coarse clusters (a cheap hierarchy, in place of Brown clustering's bit-string prefixes).</li>
 * </ol>
 * Deterministic for a fixed seed.
 */
public final class WordClusterer {
    private static final int VOCAB = 100_000, CONTEXTS = 2_000, ITERATIONS = 12, MIN_COUNT = 3;
    private final int fine;
    private final PrintStream log;

    public WordClusterer(int fineClusters, PrintStream log) {
        this.fine = fineClusters;
        this.log = log;
    }

    /** Counts per lower-cased stem: occurrences, and capitalised / all occurrences where capitals are free. */
    private static final class Count {
        int n, freeCap, free;
    }

    public void learn(Path jsonl, Path out) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Count> counts = new HashMap<>(1 << 20);
        long[] total = {0};
        forEachLine(jsonl, line -> {
            List<String> toks = new ArrayList<>();
            NewsWords.split(line, toks::add);
            int letters = 0, caps = 0;
            for (String t : toks) {
                int cc = TokenForms.capClass(t);
                if (cc <= 2) {
                    letters++;
                    caps += cc == 2 ? 1 : 0;
                }
            }
            boolean capsLine = caps >= 2 && caps * 5 >= letters * 4;
            for (int i = 0; i < toks.size(); i++) {
                String t = toks.get(i);
                Count c = counts.computeIfAbsent(TokenForms.lowerStem(t), k -> new Count());
                c.n++;
                total[0]++;
                int cc = TokenForms.capClass(t);
                if (!capsLine && cc <= 2 && i > 0 && !NewsWords.forcesCapital(toks.get(i - 1))) {
                    c.free++;
                    c.freeCap += cc > 0 ? 1 : 0;
                }
            }
        });
        List<String> byFreq = new ArrayList<>(counts.keySet());
        byFreq.removeIf(w -> counts.get(w).n < MIN_COUNT);
        byFreq.sort((a, b) -> counts.get(b).n != counts.get(a).n ? Integer.compare(counts.get(b).n, counts.get(a).n)
                : a.compareTo(b));
        int v = Math.min(VOCAB, byFreq.size());
        List<String> vocab = byFreq.subList(0, v);
        Map<String, Integer> id = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            id.put(vocab.get(i), i);
        }
        log.printf("news: %,d tokens, %,d distinct stems, vocabulary %,d (%.0f s)%n", total[0], counts.size(), v,
                (System.nanoTime() - t0) / 1e9);

        // neighbour pairs as sorted codes: word * 2C + (left ? ctx : C + ctx)
        long[][] pairs = {new long[1 << 24]};
        int[] np = {0};
        forEachLine(jsonl, line -> {
            List<String> toks = new ArrayList<>();
            NewsWords.split(line, toks::add);
            int prev = -1;
            int[] ids = new int[toks.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = id.getOrDefault(TokenForms.lowerStem(toks.get(i)), -1);
            }
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                int left = i > 0 ? ids[i - 1] : -2, right = i + 1 < ids.length ? ids[i + 1] : -2;
                if (np[0] + 2 > pairs[0].length) {
                    pairs[0] = Arrays.copyOf(pairs[0], pairs[0].length * 2);
                }
                if (left == -2 || (left >= 0 && left < CONTEXTS)) {
                    pairs[0][np[0]++] = (long) ids[i] * 2 * (CONTEXTS + 1) + (left == -2 ? CONTEXTS : left);
                }
                if (right == -2 || (right >= 0 && right < CONTEXTS)) {
                    pairs[0][np[0]++] = (long) ids[i] * 2 * (CONTEXTS + 1) + (CONTEXTS + 1)
                            + (right == -2 ? CONTEXTS : right);
                }
            }
        });
        long[] codes = Arrays.copyOf(pairs[0], np[0]);
        pairs[0] = null;
        Arrays.parallelSort(codes);
        int dims = 2 * (CONTEXTS + 1);
        // compressed rows: per word, context indices and counts
        int[] rowStart = new int[v + 1];
        List<int[]> colsList = new ArrayList<>();
        int distinct = 0;
        for (int i = 0; i < codes.length; ) {
            int j = i;
            while (j < codes.length && codes[j] == codes[i]) {
                j++;
            }
            distinct++;
            i = j;
        }
        int[] col = new int[distinct];
        float[] val = new float[distinct];
        double[] ctxTotal = new double[dims];
        double[] wordTotal = new double[v];
        int k = 0;
        for (int i = 0; i < codes.length; ) {
            int j = i;
            while (j < codes.length && codes[j] == codes[i]) {
                j++;
            }
            int w = (int) (codes[i] / dims);
            col[k] = (int) (codes[i] % dims);
            val[k] = j - i;
            rowStart[w + 1] = k + 1;
            ctxTotal[col[k]] += j - i;
            wordTotal[w] += j - i;
            k++;
            i = j;
        }
        for (int w = 1; w <= v; w++) {
            rowStart[w] = Math.max(rowStart[w], rowStart[w - 1]);
        }
        codes = null;
        double smoothSum = 0, all = 0;
        for (int c = 0; c < dims; c++) {
            ctxTotal[c] = Math.pow(ctxTotal[c], 0.75);
            smoothSum += ctxTotal[c];
        }
        for (double x : wordTotal) {
            all += x;
        }
        for (int w = 0; w < v; w++) {
            double norm = 0;
            for (int p = rowStart[w]; p < rowStart[w + 1]; p++) {
                double pmi = Math.log((val[p] / all) / ((wordTotal[w] / all) * (ctxTotal[col[p]] / smoothSum)));
                val[p] = (float) Math.max(0, pmi);
                norm += val[p] * val[p];
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            for (int p = rowStart[w]; p < rowStart[w + 1]; p++) {
                val[p] *= inv;
            }
        }
        log.printf("contexts: %,d distinct word-neighbour pairs (%.0f s)%n", distinct, (System.nanoTime() - t0) / 1e9);

        int[] fineOf = kmeans(v, rowStart, col, val, dims, fine, t0);
        float[] centroids = centroids(v, rowStart, col, val, dims, fine, fineOf);
        int[] middleOfFine = denseKmeans(centroids, fine, dims, Math.max(2, fine / 5), 7);
        int[] coarseOfFine = denseKmeans(centroids, fine, dims, Math.max(2, fine / 25), 11);

        Map<String, NewsLexicon.Entry> entries = new HashMap<>(v * 2);
        for (int w = 0; w < v; w++) {
            Count c = counts.get(vocab.get(w));
            int f = fineOf[w];
            entries.put(vocab.get(w), new NewsLexicon.Entry(f, f < 0 ? -1 : middleOfFine[f],
                    f < 0 ? -1 : coarseOfFine[f], c.free == 0 ? 0 : NewsLexicon.capBin((double) c.freeCap / c.free)));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        List<String> header = List.of(
                "Kulis NER news lexicon, learned without labels by WordClusterer (kulis train ner --news-lexicon).",
                "Source: " + jsonl.getFileName() + " (YTÜ Kemik 42bin haber, research use; text not shipped).",
                String.format(Locale.ROOT, "Vocabulary: the %,d most frequent lower-cased word stems (of %,d tokens).",
                        v, total[0]),
                "Columns: word, fine cluster (" + fine + ", spherical k-means on PPMI neighbour vectors over the "
                        + CONTEXTS + " most frequent tokens), middle (" + Math.max(2, fine / 5) + ") and coarse ("
                        + Math.max(2, fine / 25) + ") clusters of the fine centroids,",
                "  capitalisation bin (0 unseen, 1 never .. 5 almost always capitalised where capitals are free).",
                String.format(Locale.ROOT, "Learned %s in %.0f s, heap in use at the end %d MB.", LocalDate.now(),
                        secs, (rt.totalMemory() - rt.freeMemory()) >> 20));
        NewsLexicon.write(out, header, vocab, entries);
        log.printf("wrote %s (%.0f s)%n", out, secs);
    }

    private int[] kmeans(int v, int[] rowStart, int[] col, float[] val, int dims, int k, long t0) {
        Random rnd = new Random(1);
        float[] ct = new float[dims * k]; // transposed: ct[dim * k + cluster]
        int[] seeds = rnd.ints(0, Math.min(v, 30_000)).distinct().limit(k).toArray();
        for (int c = 0; c < k; c++) {
            int w = seeds[c];
            for (int p = rowStart[w]; p < rowStart[w + 1]; p++) {
                ct[col[p] * k + c] = val[p];
            }
        }
        int[] assign = new int[v];
        for (int it = 0; it < ITERATIONS; it++) {
            final float[] cur = ct;
            int[] changed = new int[1];
            int[] next = IntStream.range(0, v).parallel().map(w -> {
                if (rowStart[w] == rowStart[w + 1]) {
                    return -1;
                }
                float[] s = new float[k];
                for (int p = rowStart[w]; p < rowStart[w + 1]; p++) {
                    float x = val[p];
                    int base = col[p] * k;
                    for (int c = 0; c < k; c++) {
                        s[c] += x * cur[base + c];
                    }
                }
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (s[c] > s[best]) {
                        best = c;
                    }
                }
                return best;
            }).toArray();
            for (int w = 0; w < v; w++) {
                changed[0] += next[w] != assign[w] ? 1 : 0;
            }
            assign = next;
            float[] cent = centroids(v, rowStart, col, val, dims, k, assign);
            ct = new float[dims * k];
            for (int c = 0; c < k; c++) {
                for (int d = 0; d < dims; d++) {
                    ct[d * k + c] = cent[c * dims + d];
                }
            }
            log.printf("k-means %d: %,d words moved (%.0f s)%n", it + 1, changed[0], (System.nanoTime() - t0) / 1e9);
        }
        return assign;
    }

    /** Unit-length mean vectors of each cluster, row-major {@code [cluster * dims + dim]}. */
    private static float[] centroids(int v, int[] rowStart, int[] col, float[] val, int dims, int k, int[] assign) {
        float[] cent = new float[k * dims];
        for (int w = 0; w < v; w++) {
            if (assign[w] < 0) {
                continue;
            }
            int base = assign[w] * dims;
            for (int p = rowStart[w]; p < rowStart[w + 1]; p++) {
                cent[base + col[p]] += val[p];
            }
        }
        normalizeRows(cent, k, dims);
        return cent;
    }

    private static void normalizeRows(float[] m, int rows, int dims) {
        for (int r = 0; r < rows; r++) {
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                norm += m[r * dims + d] * m[r * dims + d];
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int d = 0; d < dims; d++) {
                    m[r * dims + d] *= inv;
                }
            }
        }
    }

    /** Spherical k-means of dense unit rows into {@code k} groups. */
    private static int[] denseKmeans(float[] rows, int n, int dims, int k, long seed) {
        Random rnd = new Random(seed);
        int[] seeds = rnd.ints(0, n).distinct().limit(k).toArray();
        float[] cent = new float[k * dims];
        for (int c = 0; c < k; c++) {
            System.arraycopy(rows, seeds[c] * dims, cent, c * dims, dims);
        }
        int[] assign = new int[n];
        for (int it = 0; it < 20; it++) {
            for (int r = 0; r < n; r++) {
                int best = 0;
                double bestS = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    for (int d = 0; d < dims; d++) {
                        s += rows[r * dims + d] * cent[c * dims + d];
                    }
                    if (s > bestS) {
                        bestS = s;
                        best = c;
                    }
                }
                assign[r] = best;
            }
            Arrays.fill(cent, 0);
            for (int r = 0; r < n; r++) {
                for (int d = 0; d < dims; d++) {
                    cent[assign[r] * dims + d] += rows[r * dims + d];
                }
            }
            normalizeRows(cent, k, dims);
        }
        return assign;
    }

    private static void forEachLine(Path jsonl, Consumer<String> sink) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String text = json.readTree(line).path("text").asText("");
                for (String l : text.split("\n")) {
                    sink.accept(l);
                }
            }
        }
    }
}
