package dev.kulis.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.text.SentenceSplitter;
import dev.kulis.text.TurkishTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@link NewsNames} by tagging unlabelled news (JSON Lines with a {@code text} field) with a tagger
 * trained without them, article by article, and counting per capitalised word stem the types it was given.
 * Stems seen fewer than {@value #MIN_COUNT} times capitalised are dropped.
 */
public final class NewsNameLearner {
    static final int MIN_COUNT = 3;
    private final NerTagger tagger;
    private final PrintStream log;

    public NewsNameLearner(NerTagger tagger, PrintStream log) {
        this.tagger = tagger;
        this.log = log;
    }

    public void learn(Path jsonl, Path out) throws IOException {
        long t0 = System.nanoTime();
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText(""));
                }
            }
        }
        long[] tokens = {0};
        Map<String, int[]> counts = texts.parallelStream().map(text -> {
            TurkishTokenizer tok = new TurkishTokenizer();
            SentenceSplitter split = new SentenceSplitter();
            List<List<String>> sentences = new ArrayList<>();
            for (String para : text.split("\n")) {
                List<Token> ts = tok.tokenize(para);
                for (Sentence s : split.split(para, ts)) {
                    List<String> words = new ArrayList<>(s.tokenCount());
                    for (int k = s.firstToken(); k < s.lastToken(); k++) {
                        words.add(ts.get(k).text());
                    }
                    if (!words.isEmpty()) {
                        sentences.add(words);
                    }
                }
            }
            Map<String, int[]> local = new HashMap<>();
            List<int[]> labels = tagger.labelDocument(sentences);
            for (int s = 0; s < sentences.size(); s++) {
                List<String> words = sentences.get(s);
                for (int i = 0; i < words.size(); i++) {
                    int cap = TokenForms.capClass(words.get(i));
                    if (cap != 1 && cap != 2) {
                        continue;
                    }
                    int y = labels.get(s)[i];
                    if (y == NerLabels.O && i == 0) {
                        continue;
                    }
                    local.computeIfAbsent(TokenForms.lowerStem(words.get(i)), k -> new int[NerLabels.COUNT])[y]++;
                }
            }
            return local;
        }).reduce(new HashMap<>(), (a, b) -> {
            Map<String, int[]> big = a.size() >= b.size() ? a : b, small = big == a ? b : a;
            for (Map.Entry<String, int[]> e : small.entrySet()) {
                int[] c = big.computeIfAbsent(e.getKey(), k -> new int[NerLabels.COUNT]);
                for (int i = 0; i < c.length; i++) {
                    c[i] += e.getValue()[i];
                }
            }
            return big;
        });
        counts.values().removeIf(c -> java.util.Arrays.stream(c).sum() < MIN_COUNT);
        double secs = (System.nanoTime() - t0) / 1e9;
        NewsNames.write(out, List.of(
                "Kulis NER news names: capitalised word stems of unlabelled news with the types a Kulis tagger gave",
                "them (self-training gazetteer; kulis train ner --news-names). Source: " + jsonl.getFileName()
                        + " (YTÜ Kemik 42bin haber, research use; text not shipped), " + texts.size() + " articles.",
                "Tagger: " + tagger.provenance().getOrDefault("model", "?") + ", dev F1 "
                        + tagger.provenance().getOrDefault("dev.f1", "?") + ", trained without this list.",
                "Columns: stem, times tagged O mid-sentence, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC. Stems seen"
                        + " fewer than " + MIN_COUNT
                        + " times are left out.",
                String.format(Locale.ROOT, "Learned %s in %.0f s.", LocalDate.now(), secs)), counts);
        log.printf("news names: %,d stems from %,d articles (%.0f s) -> %s%n", counts.size(), texts.size(), secs, out);
    }
}
