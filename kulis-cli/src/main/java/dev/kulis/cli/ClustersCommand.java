package dev.kulis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.eval.SharedData;
import dev.kulis.store.cluster.ClusterSettings;
import dev.kulis.store.cluster.Match;
import dev.kulis.store.cluster.Similarity;
import dev.kulis.store.cluster.StoryClusters;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis clusters}: clusters a JSON Lines news file ({@code id}, {@code category}, {@code text} with the
 * headline on line 1) in file order, as an archive would on ingest, and prints cluster statistics, time per
 * article and peak heap; with {@code --pairs N} a reproducible sample of pairs to judge by hand: joined pairs
 * (exact copies left out: they are trivially right), the unjoined candidate pairs with the highest similarity,
 * and random same-category pairs. Texts are re-read from the file for the sample only, so the heap figure is
 * the clustering's.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Cluster the republished copies of stories in a JSON Lines file and sample pairs to judge.")
public final class ClustersCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE",
            description = "JSON Lines with id, category, text (default: ../shared/data/news/kemik-42bin.jsonl)")
    Path data;

    @Option(names = "--limit", paramLabel = "N", description = "read only the first N articles")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--pairs", paramLabel = "N", description = "print N pairs to judge (default: none)")
    int pairs;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the pair sample (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--chars", paramLabel = "N", description = "characters of each text shown (default: ${DEFAULT-VALUE})")
    int chars = 200;

    @Option(names = "--largest", paramLabel = "N", description = "list the members of the N largest clusters")
    int largest;

    @Option(names = "--shingle-words", paramLabel = "K") int shingleWords = ClusterSettings.DEFAULT.shingleWords();
    @Option(names = "--bands", paramLabel = "B") int bands = ClusterSettings.DEFAULT.bands();
    @Option(names = "--rows", paramLabel = "R") int rows = ClusterSettings.DEFAULT.rows();
    @Option(names = "--min-shingles", paramLabel = "N") int minShingles = ClusterSettings.DEFAULT.minShingles();
    @Option(names = "--jaccard", paramLabel = "J") double jaccard = ClusterSettings.DEFAULT.joinJaccard();
    @Option(names = "--containment", paramLabel = "C") double containment = ClusterSettings.DEFAULT.joinContainment();
    @Option(names = "--min-jaccard", paramLabel = "J") double minJaccard = ClusterSettings.DEFAULT.minJaccard();

    /** A pair of articles (indices in file order, {@code a} the earlier) with its estimate. */
    private record Pair(int a, int b, Similarity sim, String kind) {
    }

    @Override
    public Integer call() throws IOException {
        Path in = data != null ? data : SharedData.data("news/kemik-42bin.jsonl").orElse(null);
        if (in == null || !Files.isRegularFile(in)) {
            System.err.println("kulis clusters: no input: give --data FILE (JSON Lines with id and text)");
            return 2;
        }
        ClusterSettings settings = new ClusterSettings(shingleWords, ClusterSettings.DEFAULT.hashes(), bands, rows,
                minShingles, jaccard, containment, minJaccard);
        StoryClusters clusters = new StoryClusters(settings);
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<String, Integer> indexOf = new HashMap<>();
        Map<String, Integer> clusterSizes = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        List<Pair> joined = new ArrayList<>();
        List<Pair> missed = new ArrayList<>();
        long exactJoins = 0;
        long sigNanos = 0;
        long assignNanos = 0;
        // CPU time too: on a shared machine the wall clock also counts the time other processes had the core
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long sigCpu = 0;
        long assignCpu = 0;
        long candidateCount = 0;
        long baseline = usedAfterGc();
        long peak;
        long retained;
        try (HeapSampler heap = new HeapSampler(); BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            for (String line; ids.size() < limit && (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String id = node.path("id").asText();
                String text = node.path("text").asText();
                int i = ids.size();
                ids.add(id);
                categories.add(node.path("category").asText("").intern());
                indexOf.put(id, i);

                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long[] sig = clusters.signature(text, bodyStart(text), text.length());
                sigNanos += System.nanoTime() - t0;
                sigCpu += cpu.getCurrentThreadCpuTime() - c0;
                // the evaluation's own look at the candidates, outside the timing
                List<Match> candidates = pairs > 0 ? clusters.candidates(sig) : List.of();
                long c1 = cpu.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                String cluster = clusters.assign(id, sig);
                assignNanos += System.nanoTime() - t1;
                assignCpu += cpu.getCurrentThreadCpuTime() - c1;
                clusterSizes.merge(cluster, 1, Integer::sum);
                if (largest > 0) {
                    members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(id);
                }
                if (pairs > 0) {
                    candidateCount += candidates.size();
                    Match best = null;
                    for (Match m : candidates) {
                        if (m.clusterId().equals(cluster) && m.similarity().sameStory(settings)
                                && (best == null || rank(m.similarity()) > rank(best.similarity()))) {
                            best = m;
                        } else if (!m.clusterId().equals(cluster)) {
                            // "other-cluster": similar enough, but the article joined a closer cluster
                            missed.add(new Pair(indexOf.get(m.articleId()), i, m.similarity(),
                                    m.similarity().sameStory(settings) ? "other-cluster" : "below-threshold"));
                        }
                    }
                    if (best != null) {
                        if (best.similarity().jaccard() >= 1.0) {
                            exactJoins++;
                        } else {
                            joined.add(new Pair(indexOf.get(best.articleId()), i, best.similarity(), "joined"));
                        }
                    }
                }
            }
            peak = heap.peakBytes();
            retained = usedAfterGc() - baseline;
        }
        int n = ids.size();
        report(n, clusterSizes, new long[] {sigNanos, assignNanos, sigCpu, assignCpu}, peak, clusters);
        System.out.printf("heap retained after GC by the clusters and this command's per-article lists %.1f MB%n",
                retained / 1e6);
        members.values().stream().filter(m -> m.size() >= 2)
                .sorted(Comparator.comparingInt((List<String> m) -> -m.size()).thenComparing(m -> m.get(0)))
                .limit(largest).forEach(m -> System.out.println("cluster " + m.size() + ": " + String.join(" ", m)));
        if (pairs > 0) {
            System.out.printf("candidates per article %.2f; joined pairs %d exact + %d not exact; unjoined candidate pairs %d%n",
                    (double) candidateCount / n, exactJoins, joined.size(), missed.size());
            List<Pair> sample = sample(joined, missed, categories, in, settings);
            printPairs(sample, ids, in);
        }
        return 0;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static int bodyStart(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? 0 : nl + 1;
    }

    private static double rank(Similarity s) {
        return Math.max(s.jaccard(), s.containment()) + s.jaccard() * 1e-3;
    }

    /** {@code nanos}: wall signature, wall assign, CPU signature, CPU assign. */
    private void report(int n, Map<String, Integer> sizes, long[] nanos, long peak, StoryClusters clusters) {
        List<Integer> multi = sizes.values().stream().filter(s -> s >= 2).sorted(Comparator.reverseOrder()).toList();
        long inMulti = multi.stream().mapToLong(Integer::longValue).sum();
        System.out.printf("articles %d, clusters %d, clusters of size >= 2: %d holding %d articles%n",
                n, sizes.size(), multi.size(), inMulti);
        System.out.println("largest sizes " + multi.subList(0, Math.min(15, multi.size())));
        Map<Integer, Integer> histogram = new java.util.TreeMap<>();
        multi.forEach(s -> histogram.merge(Math.min(s, 10), 1, Integer::sum));
        System.out.println("size histogram (10 = 10+) " + histogram);
        System.out.printf("wall time per article: signature %.1f µs, assign %.1f µs%n", nanos[0] / 1e3 / n,
                nanos[1] / 1e3 / n);
        System.out.printf("CPU time per article: signature %.1f µs, assign %.1f µs%n", nanos[2] / 1e3 / n,
                nanos[3] / 1e3 / n);
        System.out.printf("LSH index arrays %.1f MB; peak heap (sampled, whole command) %.0f MB%n",
                clusters.indexBytes() / 1e6, peak / 1e6);
    }

    /**
     * Half joined pairs; of the rest a fifth random same-category pairs, the others the closest unjoined candidates.
     */
    private List<Pair> sample(List<Pair> joined, List<Pair> missed, List<String> categories, Path in,
                              ClusterSettings settings) throws IOException {
        Random random = new Random(seed);
        int nJoined = Math.min(joined.size(), pairs / 2);
        int nRandom = Math.max(1, (pairs - nJoined) / 5);
        int nMissed = pairs - nJoined - nRandom;
        List<Pair> out = new ArrayList<>();
        List<Pair> shuffled = new ArrayList<>(joined);
        Collections.shuffle(shuffled, random);
        out.addAll(shuffled.subList(0, nJoined));
        // the closest pairs left apart, of both kinds: below the thresholds, and similar enough but the later
        // article joined a closer cluster
        int nOther = nMissed / 2;
        out.addAll(top(missed, "other-cluster", nOther));
        out.addAll(top(missed, "below-threshold", nMissed - nOther));
        Map<String, List<Integer>> byCategory = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            byCategory.computeIfAbsent(categories.get(i), k -> new ArrayList<>()).add(i);
        }
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(byCategory.keySet()));
        List<int[]> randomPairs = new ArrayList<>();
        for (int k = 0; k < nRandom && !names.isEmpty(); k++) {
            List<Integer> members = byCategory.get(names.get(random.nextInt(names.size())));
            int a = members.get(random.nextInt(members.size()));
            int b = members.get(random.nextInt(members.size()));
            if (a != b) {
                randomPairs.add(new int[] {Math.min(a, b), Math.max(a, b)});
            }
        }
        Map<Integer, String> texts = texts(in, randomPairs.stream().flatMap(p -> java.util.stream.Stream.of(p[0], p[1]))
                .toList());
        StoryClusters signer = new StoryClusters(settings);
        for (int[] p : randomPairs) {
            String ta = texts.get(p[0]);
            String tb = texts.get(p[1]);
            Similarity s = Similarity.between(signer.signature(ta, bodyStart(ta), ta.length()),
                    signer.signature(tb, bodyStart(tb), tb.length()));
            out.add(new Pair(p[0], p[1], s, "random"));
        }
        return out;
    }

    private static List<Pair> top(List<Pair> missed, String kind, int n) {
        Set<Long> seen = new HashSet<>();
        return missed.stream().filter(p -> p.kind().equals(kind))
                .sorted(Comparator.comparingDouble((Pair p) -> rank(p.sim())).reversed()
                        .thenComparingInt(Pair::a).thenComparingInt(Pair::b))
                .filter(p -> seen.add((long) p.a() << 32 | p.b())).limit(n).toList();
    }

    private void printPairs(List<Pair> sample, List<String> ids, Path in) throws IOException {
        Map<Integer, String> texts = texts(in, sample.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).toList());
        int k = 0;
        for (Pair p : sample) {
            Similarity s = p.sim();
            System.out.printf("%n#%d %s %s %s J=%.2f C=%.2f sizes=%d/%d%n", ++k, p.kind(), ids.get(p.a()),
                    ids.get(p.b()), s.jaccard(), s.containment(), s.sizeA(), s.sizeB());
            System.out.println("  A: " + head(texts.get(p.a())));
            System.out.println("  B: " + head(texts.get(p.b())));
        }
    }

    private String head(String text) {
        String flat = text.replaceAll("\\s*\n\\s*", " | ").strip();
        return flat.length() <= chars ? flat : flat.substring(0, chars) + "…";
    }

    /** The texts of the articles at {@code wanted} indices (file order, blank lines skipped). */
    private static Map<Integer, String> texts(Path in, List<Integer> wanted) throws IOException {
        Set<Integer> want = new HashSet<>(wanted);
        Map<Integer, String> out = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        int max = want.stream().mapToInt(Integer::intValue).max().orElse(-1);
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            int i = 0;
            for (String line; i <= max && (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                if (want.contains(i)) {
                    out.put(i, json.readTree(line).path("text").asText());
                }
                i++;
            }
        }
        return out;
    }
}
