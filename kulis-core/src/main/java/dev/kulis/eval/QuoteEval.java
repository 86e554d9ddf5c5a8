package dev.kulis.eval;

import dev.kulis.model.Article;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Quote;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.read.ArticleSources;
import dev.kulis.read.ReadSink;
import dev.kulis.read.Rejected;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a pipeline on the articles of quote dev sets and scores its quotes ({@link QuoteScore}). The articles are
 * read from the news JSON Lines file by id, through {@link ArticleSources} exactly as {@code kulis annotate}
 * reads them (so the text, after the reader's one-for-one repairs, is the one the gold offsets index).
 */
public final class QuoteEval {
    /** The scores of one set. */
    public record SetResult(String name, int articles, int goldQuotes, QuoteScore score, List<String> problems) {
    }

    private QuoteEval() {
    }

    /** Reads the articles with these ids from a news JSON Lines file, in file order; missing ids are absent. */
    public static Map<String, Article> articles(Path newsJsonl, Set<String> ids) throws IOException {
        StringBuilder lines = new StringBuilder();
        Set<String> found = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(newsJsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                int i = line.indexOf("\"id\"");
                if (i < 0) {
                    continue;
                }
                int q1 = line.indexOf('"', line.indexOf(':', i) + 1);
                int q2 = q1 < 0 ? -1 : line.indexOf('"', q1 + 1);
                if (q2 < 0) {
                    continue;
                }
                String id = line.substring(q1 + 1, q2);
                if (ids.contains(id) && found.add(id)) {
                    lines.append(line).append('\n');
                }
            }
        }
        Map<String, Article> out = new LinkedHashMap<>();
        new ArticleSources().readStream(newsJsonl.getFileName().toString(),
                new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), new ReadSink() {
                    @Override
                    public void article(Article a) {
                        out.put(a.id(), a);
                    }

                    @Override
                    public void rejected(Rejected r) {
                    }
                });
        return out;
    }

    /** Annotates and scores every article of the set; articles not in {@code texts} are reported as problems. */
    public static SetResult run(QuoteDevSet set, Map<String, Article> texts, Pipeline pipeline) {
        QuoteScore score = new QuoteScore();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (QuoteDevSet.Article g : set.articles()) {
            Article a = texts.get(g.id());
            if (a == null) {
                problems.add(g.id() + ": article not found");
                continue;
            }
            for (QuoteDevSet.Quote q : g.quotes()) {
                if (q.end() > a.text().length() || q.start() < 0 || q.start() >= q.end()) {
                    problems.add(g.id() + ": gold span " + q.start() + "-" + q.end() + " outside the text");
                }
            }
            Article done = pipeline.annotate(a);
            score.add(done.text(), g.quotes().stream().map(q -> q.gold(done.text())).toList(),
                    predicted(done.quotes()));
            n++;
        }
        return new SetResult(set.name(), n, set.quoteCount(), score, List.copyOf(problems));
    }

    /** Kulis quotes as the scorer wants them (the speaker's name; the JSON has no speaker text). */
    public static List<QuoteScore.Predicted> predicted(List<Quote> quotes) {
        List<QuoteScore.Predicted> out = new ArrayList<>();
        for (Quote q : quotes) {
            EntityRef s = q.speaker();
            out.add(new QuoteScore.Predicted(q.kind(), q.start(), q.end(), q.text(), s == null ? null : s.name(),
                    null));
        }
        return out;
    }
}
