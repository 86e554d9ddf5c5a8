package dev.kulis.cli;

import dev.kulis.store.LuceneArchive;
import dev.kulis.store.index.Fields;
import dev.kulis.store.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis bench query}: latency of 100 varied searches (facets and snippets included) after a warm-up, and
 * name recall: the share of articles whose text names a person in any suffix form (Turkish or ASCII letters, any
 * case) that a search for the name finds.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Time 100 varied searches on an archive (p50/p95/max ms after a warm-up) and measure name "
                + "recall for Davutoğlu, davutoglu, Kılıçdaroğlu, kilicdaroglu.")
public final class BenchQueryCommand implements Callable<Integer> {
    private static final List<String> NAMES = List.of("Davutoğlu", "davutoglu", "Kılıçdaroğlu", "kilicdaroglu");

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "kulis-data",
            description = "archive folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "timed rounds over the 100 queries after one warm-up round (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
            List<SearchRequest> queries = BenchQuerySet.queries();
            System.out.printf(Locale.ROOT, "archive %s: %,d articles; %d queries, 1 warm-up round, %d timed%n", data,
                    archive.size(), queries.size(), rounds);
            for (SearchRequest q : queries) {
                archive.search(q);
            }
            // wall time is what a user waits; CPU time of the searching thread is the work, which a loaded machine
            // does not inflate
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long hits = 0;
            for (int r = 0; r < rounds; r++) {
                for (SearchRequest q : queries) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    hits += archive.search(q).total();
                    wall.add((System.nanoTime() - t0) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                }
            }
            print("search latency (wall)", wall, hits);
            print("search CPU time", cpu, hits);
            recall(archive);
        }
        return 0;
    }

    private static void print(String what, List<Double> ms, long hits) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms, mean %.1f ms (%d searches, %,d hits "
                        + "counted)%n", what, pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0), sorted.length, hits);
    }

    private static void recall(LuceneArchive archive) {
        List<Pattern> patterns = NAMES.stream().map(BenchQueryCommand::anyForm).toList();
        List<Set<String>> mentioning = new ArrayList<>();
        NAMES.forEach(n -> mentioning.add(new HashSet<>()));
        archive.forEachArticle(d -> {
            String text = d.get(Fields.TEXT_SURFACE);
            String head = d.get(Fields.HEADLINE);
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(text).find() || patterns.get(i).matcher(head).find()) {
                    mentioning.get(i).add(d.get(Fields.ARTICLE_ID));
                }
            }
        });
        for (int i = 0; i < NAMES.size(); i++) {
            Set<String> found = archive.matchingIds(NAMES.get(i));
            Set<String> relevant = mentioning.get(i);
            long hit = relevant.stream().filter(found::contains).count();
            System.out.printf(Locale.ROOT, "name recall %-13s %5.1f%%  (%,d of %,d articles naming it in any form; "
                            + "%,d found in all, %,d of them without the name in the text)%n", NAMES.get(i),
                    relevant.isEmpty() ? 0 : 100.0 * hit / relevant.size(), hit, relevant.size(), found.size(),
                    found.size() - hit);
        }
    }

    /** The name in any case, with Turkish or ASCII letters, followed by any suffix (apostrophe or not). */
    static Pattern anyForm(String name) {
        StringBuilder b = new StringBuilder("(?<!\\p{L})");
        String folded = dev.kulis.text.TurkishCase.foldAscii(name);
        for (char c : folded.toCharArray()) {
            b.append(switch (c) {
                case 'i' -> "[iİıI]";
                case 'g' -> "[gGğĞ]";
                case 'u' -> "[uUüÜ]";
                case 's' -> "[sSşŞ]";
                case 'o' -> "[oOöÖ]";
                case 'c' -> "[cCçÇ]";
                default -> Character.isLetter(c) ? "[" + c + Character.toUpperCase(c) + "]" : Pattern.quote(
                        String.valueOf(c));
            });
        }
        return Pattern.compile(b.toString());
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
