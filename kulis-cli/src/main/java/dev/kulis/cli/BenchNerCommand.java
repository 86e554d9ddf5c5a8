package dev.kulis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kulis.eval.SharedData;
import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.morph.Morphology;
import dev.kulis.ner.MorphologyFeatures;
import dev.kulis.ner.NerTagger;
import dev.kulis.pipeline.Annotator;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis bench ner}: the NER tagger's throughput on one thread, in tokens/s over held-out news (line % 10
 * == 0 timed, line % 10 == 5 warms the JIT), with the morphology it reads counted apart and together, the model
 * load time and heap. The timed articles are split in two: the first half measures the morphology features
 * alone (forms new to the caches) and then the tagger alone (morphology cached); the second half measures both
 * together, as the tagger first meets new text. Last, the whole entity step runs on the first half after the
 * steps before it.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Measure NER tagging tokens/s (with and without its morphology), model load time and heap.")
public final class BenchNerCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE",
            description = "JSON Lines with a text field (default: ../shared/data/news/kemik-42bin.jsonl)")
    Path data;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "how many held-out articles to time (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "5",
            description = "timed passes of the tagger alone; the best is reported (default: ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--morph-repeats", paramLabel = "N", defaultValue = "0",
            description = "also time the morphology features of the first half N times, each on fresh caches "
                    + "(every form new; best and median reported; default: ${DEFAULT-VALUE})")
    int morphRepeats;

    @Option(names = "--morph-warmup", paramLabel = "N", defaultValue = "0",
            description = "before timing, also run the morphology features of the warm-up articles N times on fresh "
                    + "caches, so that the JIT has compiled the analyser as in a long-running process; the shared "
                    + "caches are untouched (default: ${DEFAULT-VALUE})")
    int morphWarmup;

    /** One article after the text layer, and its sentences as token strings (the tagger's input). */
    private record Doc(Article article, List<List<String>> sentences, int tokens) {
    }

    @Override
    public Integer call() throws IOException {
        Path in = data != null ? data : SharedData.data("news/kemik-42bin.jsonl").orElse(null);
        if (in == null || !Files.isRegularFile(in)) {
            System.err.println("kulis bench ner: no input: give --data FILE (JSON Lines with a text field)");
            return 2;
        }
        List<Doc> warm = new ArrayList<>();
        List<Doc> timed = new ArrayList<>();
        load(in, warm, timed);
        int half = timed.size() / 2;
        List<Doc> first = timed.subList(0, half), second = timed.subList(half, timed.size());
        System.out.printf("input %s: %d timed articles (%,d tokens), %d warm-up articles%n", in, timed.size(),
                tokens(timed), warm.size());

        long base = usedAfterGc();
        long t0 = System.nanoTime();
        Morphology.shared().analyze("yükleme");
        long t1 = System.nanoTime();
        NerTagger tagger = NerTagger.shared();
        long t2 = System.nanoTime();
        long loaded = usedAfterGc();
        System.out.printf("load: morphology %.2f s, NER model + lexicons %.2f s (%,d features); "
                        + "heap retained by both %,d MB%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                tagger.featureCount(), (loaded - base) >> 20);

        MorphologyFeatures morph = MorphologyFeatures.shared();
        for (int p = 0; p < passes; p++) { // the JIT settles on the warm-up set; its forms enter the caches
            for (Doc d : warm) {
                tagger.labelDocument(d.sentences());
            }
        }
        for (int p = 0; p < morphWarmup; p++) { // the analyser's code, not its caches
            MorphologyFeatures fresh = new MorphologyFeatures(Morphology.shared().fresh());
            for (Doc d : warm) {
                for (List<String> s : d.sentences()) {
                    for (String t : s) {
                        fresh.apply(t);
                    }
                }
            }
        }
        Morphology m = Morphology.shared();
        long c0 = m.computedForms(), h0 = m.tableHits(), a0 = m.analyzerCalls();
        report("morphology features alone (new forms)", first, 1, d -> {
            int n = 0;
            for (List<String> s : d.sentences()) {
                for (String t : s) {
                    n += morph.apply(t).values().size();
                }
            }
            return n;
        });
        System.out.printf("%-40s %,d forms analysed, %,d from the table, %,d analyser calls%n", "  (morphology)",
                m.computedForms() - c0, m.tableHits() - h0, m.analyzerCalls() - a0);
        report("NER tagging alone (morphology cached)", first, passes, d -> tagger.labelDocument(d.sentences()).size());
        c0 = m.computedForms();
        h0 = m.tableHits();
        a0 = m.analyzerCalls();
        report("NER tagging + morphology (new forms)", second, 1, d -> tagger.labelDocument(d.sentences()).size());
        System.out.printf("%-40s %,d forms analysed, %,d from the table, %,d analyser calls%n", "  (morphology)",
                m.computedForms() - c0, m.tableHits() - h0, m.analyzerCalls() - a0);
        if (morphRepeats > 0) {
            freshMorphology(first);
        }

        // the whole entity step (tagging, mentions, grouping) on the output of the steps before it
        Pipeline standard = Pipelines.standard();
        List<Annotator> before = new ArrayList<>();
        Annotator entities = null;
        for (Annotator step : standard.steps()) {
            if (step.name().equals("entities")) {
                entities = step;
                break;
            }
            before.add(step);
        }
        Pipeline upTo = new Pipeline(before);
        List<Doc> ready = new ArrayList<>(first.size());
        for (Doc d : first) {
            ready.add(new Doc(upTo.annotate(d.article()), d.sentences(), d.tokens()));
        }
        Annotator step = entities;
        report("entity step (NER + mentions + grouping)", ready, passes, d -> step.annotate(d.article()).entities().size());
        return 0;
    }

    private static void report(String label, List<Doc> docs, int passes, ToIntFunction<Doc> work) {
        System.gc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE;
        long peak;
        try (HeapSampler heap = new HeapSampler()) {
            for (int p = 0; p < passes; p++) {
                long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                for (Doc d : docs) {
                    work.applyAsInt(d);
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
            }
            peak = heap.peakBytes();
        }
        long tokens = tokens(docs);
        // CPU time is the steadier figure on a shared machine (GC and JIT threads are not counted)
        System.out.printf("%-40s %,10.0f tokens/s (%,.0f per CPU second) %,6.0f articles/s  peak heap %,5d MB"
                        + "  (%,d tokens in %.2f s%s)%n",
                label, tokens / best, tokens / bestCpu, docs.size() / best, peak >> 20, tokens, best,
                passes > 1 ? ", best of " + passes + " passes" : "");
    }

    /** The morphology features of {@code docs} on fresh caches (all forms new), {@link #morphRepeats} times. */
    private void freshMorphology(List<Doc> docs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[morphRepeats];
        double[] wall = new double[morphRepeats];
        for (int p = 0; p < morphRepeats; p++) {
            MorphologyFeatures morph = new MorphologyFeatures(Morphology.shared().fresh());
            System.gc();
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            int n = 0;
            for (Doc d : docs) {
                for (List<String> s : d.sentences()) {
                    for (String t : s) {
                        n += morph.apply(t).values().size();
                    }
                }
            }
            wall[p] = (System.nanoTime() - t0) / 1e9;
            cpu[p] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        long tokens = tokens(docs);
        StringBuilder runs = new StringBuilder();
        for (double c : cpu) {
            runs.append(String.format(" %,.0f", tokens / c));
        }
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(wall);
        System.out.printf("%-40s %,10.0f tokens/s (%,.0f per CPU second; median %,.0f per CPU second, %d runs:%s)%n",
                "morphology alone, fresh caches", tokens / wall[0], tokens / cpu[0], tokens / cpu[morphRepeats / 2],
                morphRepeats, runs);
    }

    private static long tokens(List<Doc> docs) {
        return docs.stream().mapToLong(Doc::tokens).sum();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Tokenizes the held-out (% 10 == 0) and warm-up (% 10 == 5) articles; the text layer is not timed. */
    private void load(Path in, List<Doc> warm, List<Doc> timed) throws IOException {
        Annotator text = Pipelines.text();
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; timed.size() < limit && (line = r.readLine()) != null; n++) {
                List<Doc> into = n % 10 == 0 ? timed : n % 10 == 5 ? warm : null;
                if (into == null || line.isBlank()) {
                    continue;
                }
                JsonNode node = ArticleJson.mapper().readTree(line);
                String body = node.path("text").asText(null);
                if (body != null) {
                    into.add(doc(text.annotate(Article.read("line" + n, body, Metadata.empty(), List.of()))));
                }
            }
        }
    }

    /** The sentences as the entity step hands them to the tagger. */
    private static Doc doc(Article a) {
        List<Token> tokens = a.tokens();
        List<List<String>> sentences = new ArrayList<>(a.sentences().size());
        int count = 0;
        for (Sentence s : a.sentences()) {
            List<String> forms = new ArrayList<>(s.tokenCount());
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                forms.add(tokens.get(i).text());
            }
            count += forms.size();
            sentences.add(forms);
        }
        return new Doc(a, sentences, count);
    }
}
