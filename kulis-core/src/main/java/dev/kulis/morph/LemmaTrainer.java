package dev.kulis.morph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Estimates {@link LemmaStatistics} from unlabeled news text (JSON Lines, {@code {"text": …}} a line) by EM:
 * every word form seen at least twice is analysed, and each reading is weighted by
 * P(root) · P(signature) · exp(structural prior); root and signature probabilities are re-estimated from the
 * expected counts. Unambiguous forms anchor the estimates, ambiguous ones are shared out. No labels are used.
 */
public final class LemmaTrainer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    static final int MIN_COUNT = 2;
    static final int ITERATIONS = 3;
    static final double SMOOTHING = 0.01;
    static final double KEEP = 0.1;

    /** Progress lines for the command line. */
    public interface Log {
        void info(String message);
    }

    private record Form(String text, int count, String[] roots, String[] signatures, double[] prior) {
    }

    private LemmaTrainer() {
    }

    /** Trains from {@code corpus} and writes the gzip resource to {@code out}; returns the statistics. */
    public static LemmaStatistics train(Path corpus, Path out, Log log) throws IOException {
        Map<String, Integer> counts = countForms(corpus);
        long tokens = counts.values().stream().mapToLong(Integer::longValue).sum();
        log.info("forms " + counts.size() + ", tokens " + tokens);
        StarlangAnalyzer fsm = Morphology.shared().analyzer();
        List<Map.Entry<String, Integer>> frequent = new ArrayList<>();
        for (var e : counts.entrySet()) {
            if (e.getValue() >= MIN_COUNT) {
                frequent.add(e);
            }
        }
        List<Form> forms = frequent.parallelStream().map(e -> analyse(fsm, e.getKey(), e.getValue()))
                .filter(f -> f.roots.length > 0).toList();
        log.info("analysed " + forms.size() + " forms seen at least " + MIN_COUNT + " times");
        LemmaStatistics stats = em(forms, log);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# Kulis lemma statistics: log P(root+POS) and log P(signature) for choosing among Starlang readings.\n");
            w.write("# Derived by `kulis train lemma` (dev.kulis.morph.LemmaTrainer, EM, " + ITERATIONS
                    + " iterations) from the unlabeled\n# news corpus " + corpus.getFileName() + " (" + tokens
                    + " tokens; forms seen >= " + MIN_COUNT + " times). Only counts derived from the\n"
                    + "# corpus are kept, no text. No treebank data was used to estimate them.\n");
            stats.write(w);
        }
        return stats;
    }

    static Map<String, Integer> countForms(Path corpus) throws IOException {
        Map<String, Integer> counts = new HashMap<>(1 << 20);
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String text = json.readTree(line).path("text").asText("");
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static Form analyse(StarlangAnalyzer fsm, String form, int count) {
        List<Reading> rs = fsm.readings(form);
        String lw = dev.kulis.text.TurkishCase.lower(form);
        String[] roots = new String[rs.size()];
        String[] sigs = new String[rs.size()];
        double[] prior = new double[rs.size()];
        for (int i = 0; i < rs.size(); i++) {
            roots[i] = rs.get(i).rootKey();
            sigs[i] = rs.get(i).signature();
            prior[i] = Math.exp(ReadingScorer.prior(lw, rs, i));
        }
        return new Form(form, count, roots, sigs, prior);
    }

    private static LemmaStatistics em(List<Form> forms, Log log) {
        Map<String, Double> theta = new HashMap<>();
        Map<String, Double> phi = new HashMap<>();
        double rootFloor = 1;
        double sigFloor = 1;
        for (int it = 0; it < ITERATIONS; it++) {
            Map<String, Double> nt = new HashMap<>(theta.size() + 1024);
            Map<String, Double> ns = new HashMap<>(phi.size() + 1024);
            for (Form f : forms) {
                int n = f.roots.length;
                double[] w = new double[n];
                double z = 0;
                for (int i = 0; i < n; i++) {
                    w[i] = theta.getOrDefault(f.roots[i], rootFloor) * phi.getOrDefault(f.signatures[i], sigFloor) * f.prior[i];
                    z += w[i];
                }
                for (int i = 0; i < n; i++) {
                    double q = z > 0 ? f.count * w[i] / z : (double) f.count / n;
                    nt.merge(f.roots[i], q, Double::sum);
                    ns.merge(f.signatures[i], q, Double::sum);
                }
            }
            double t = nt.values().stream().mapToDouble(Double::doubleValue).sum();
            double s = ns.values().stream().mapToDouble(Double::doubleValue).sum();
            theta = new HashMap<>();
            phi = new HashMap<>();
            for (var e : nt.entrySet()) {
                theta.put(e.getKey(), (e.getValue() + SMOOTHING) / t);
            }
            for (var e : ns.entrySet()) {
                phi.put(e.getKey(), (e.getValue() + SMOOTHING) / s);
            }
            rootFloor = SMOOTHING / t;
            sigFloor = SMOOTHING / s;
            log.info("EM iteration " + (it + 1) + ": " + theta.size() + " roots, " + phi.size() + " signatures");
        }
        Map<String, Float> r = new HashMap<>();
        Map<String, Float> g = new HashMap<>();
        for (var e : theta.entrySet()) {
            if (e.getValue() >= rootFloor * (1 + KEEP / SMOOTHING)) {
                r.put(e.getKey(), (float) Math.log(e.getValue()));
            }
        }
        for (var e : phi.entrySet()) {
            if (e.getValue() >= sigFloor * (1 + KEEP / SMOOTHING)) {
                g.put(e.getKey(), (float) Math.log(e.getValue()));
            }
        }
        return new LemmaStatistics(r, g, (float) Math.log(rootFloor), (float) Math.log(sigFloor));
    }
}
