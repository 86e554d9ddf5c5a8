package dev.kulis.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kulis.eval.SharedData;
import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Metadata;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.pipeline.Pipelines;
import dev.kulis.wire.WireParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The registry on real news (opt-in, as annotating takes minutes): {@code -Dkulis.registry.articles=N} annotates
 * the first N articles of the shared news file, or {@code -Dkulis.registry.annotated=FILE} reads articles already
 * annotated by {@code kulis annotate}. Prints entity counts, short-form merges and the time per resolve, writes
 * each short form's id (ids and the article's id only) to {@code target/registry-merges.tsv} for a hand check, and checks
 * that ids are reproducible and survive a snapshot.
 */
class EntityRegistryNewsMeasureTest {
    @Test
    void measureOnNews() throws IOException {
        List<Article> articles = articles();
        assumeTrue(!articles.isEmpty(), "set kulis.registry.articles (with ../shared/data) or kulis.registry.annotated");

        // the best of five runs on fresh registries (the first ones warm the JIT up); CPU time, as the
        // machine running this may be shared
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double msPerArticle = Double.MAX_VALUE;
        double wallPerArticle = Double.MAX_VALUE;
        EntityRegistry r = null;
        List<List<String>> ids = null;
        for (int run = 0; run < 5; run++) {
            r = new EntityRegistry();
            ids = new ArrayList<>();
            long wall = System.nanoTime();
            long start = cpu.getCurrentThreadCpuTime();
            for (Article a : articles) {
                ids.add(r.resolve(a));
            }
            msPerArticle = Math.min(msPerArticle, (cpu.getCurrentThreadCpuTime() - start) / 1e6 / articles.size());
            wallPerArticle = Math.min(wallPerArticle, (System.nanoTime() - wall) / 1e6 / articles.size());
        }

        Map<String, Integer> byType = new TreeMap<>();
        int shortForms = 0;
        int merged = 0;
        int mentions = 0;
        int partials = 0;
        Path out = Path.of("target", "registry-merges.tsv");
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("article\tshort_form\tregistry_id");
            for (int i = 0; i < articles.size(); i++) {
                List<Entity> es = articles.get(i).entities();
                for (int e = 0; e < es.size(); e++) {
                    String id = ids.get(i).get(e);
                    if (id == null) {
                        continue;
                    }
                    mentions++;
                    List<String> words = NameForms.personWords(es.get(e).name());
                    if (id.startsWith("per:") && words.size() > 1 && !id.equals("per:" + NameForms.slug(words))) {
                        partials++;
                        w.println(articles.get(i).id() + "\t" + NameForms.slug(words) + "\t" + id);
                    }
                    if (id.startsWith("per:") && words.size() == 1) {
                        shortForms++;
                        if (id.indexOf('-') > 0) {
                            merged++;
                        }
                        w.println(articles.get(i).id() + "\t" + NameForms.slug(words) + "\t" + id);
                    }
                }
            }
        }
        for (int n = 0; n < r.size(); n++) {
            byType.merge(r.summary(r.idAt(n)).orElseThrow().type(), 1, Integer::sum);
        }
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        r.write(snapshot);
        System.out.printf("registry on %d articles: %d entity references → %d entities %s; person short forms %d, "
                        + "merged into a full name %d (%.1f%%); partial names merged %d; %.4f ms CPU (%.4f ms wall) per resolve; snapshot %d KB%n",
                articles.size(), mentions, r.size(), byType, shortForms, merged, 100.0 * merged / shortForms, partials,
                msPerArticle, wallPerArticle, snapshot.size() / 1024);

        assertThat(msPerArticle).isLessThan(0.5);
        assertThat(r.size()).isLessThan(mentions);
        EntityRegistry again = new EntityRegistry();
        for (int i = 0; i < articles.size(); i++) {
            assertThat(again.resolve(articles.get(i))).isEqualTo(ids.get(i));
        }
        EntityRegistry copy = EntityRegistry.read(new ByteArrayInputStream(snapshot.toByteArray()));
        assertThat(copy.size()).isEqualTo(r.size());
        int half = articles.size() / 2;
        EntityRegistry head = new EntityRegistry();
        articles.subList(0, half).forEach(head::resolve);
        ByteArrayOutputStream mid = new ByteArrayOutputStream();
        head.write(mid);
        EntityRegistry resumed = EntityRegistry.read(new ByteArrayInputStream(mid.toByteArray()));
        for (int i = half; i < articles.size(); i++) {
            assertThat(resumed.resolve(articles.get(i))).isEqualTo(ids.get(i));
        }
    }

    /** Heap held by ~100k synthetic entities (opt-in: {@code -Dkulis.registry.memory=true}). */
    @Test
    void measureMemory() throws IOException {
        assumeTrue(Boolean.getBoolean("kulis.registry.memory"), "set kulis.registry.memory=true");
        java.util.Random rnd = new java.util.Random(42);
        String[] syllables = {"ka", "ya", "lı", "dem", "ir", "öz", "tür", "ko", "çe", "lik", "ay", "han", "su", "ner",
            "ba", "ş", "ğu", "er", "gün", "taş"};
        java.util.function.IntFunction<String> word = len -> {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < len; k++) {
                b.append(syllables[rnd.nextInt(syllables.length)]);
            }
            return Character.toUpperCase(b.charAt(0)) + b.substring(1);
        };
        String[] firsts = new String[400];
        for (int k = 0; k < firsts.length; k++) {
            firsts[k] = word.apply(2);
        }
        System.gc();
        long before = usedHeap();
        EntityRegistry r = new EntityRegistry();
        int articles = 0;
        while (r.size() < 100_000) {
            Fixtures f = Fixtures.article("s" + articles++);
            String lead = firsts[rnd.nextInt(firsts.length)] + " " + word.apply(3);
            f.person(lead).person(firsts[rnd.nextInt(firsts.length)] + " " + word.apply(3))
                    .person(word.apply(3)).org(word.apply(2) + " " + word.apply(2) + " Derneği")
                    .place(word.apply(2)).role(lead, "Başkan", null);
            r.resolve(f.build());
        }
        System.gc();
        long bytes = usedHeap() - before;
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        r.write(snapshot);
        System.out.printf("registry of %d entities from %d synthetic articles: %.1f MB heap (%d bytes an entity), "
                + "snapshot %.1f MB%n", r.size(), articles, bytes / 1e6, bytes / r.size(), snapshot.size() / 1e6);
        assertThat(bytes).isLessThan(60_000_000L);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<Article> articles() throws IOException {
        String annotated = System.getProperty("kulis.registry.annotated", "");
        if (!annotated.isBlank()) {
            return readAnnotated(Path.of(annotated));
        }
        int n = Integer.getInteger("kulis.registry.articles", 0);
        var news = SharedData.data("news/kemik-42bin.jsonl");
        if (n <= 0 || news.isEmpty()) {
            return List.of();
        }
        ObjectMapper json = ArticleJson.mapper();
        Pipeline pipeline = Pipelines.standard();
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(news.get(), StandardCharsets.UTF_8)) {
            for (String line; out.size() < n && (line = in.readLine()) != null; ) {
                var node = json.readTree(line);
                out.add(pipeline.annotate(new WireParser().parse(node.get("id").asText(), node.get("text").asText(),
                        Metadata.empty())));
            }
        }
        return out;
    }

    /** {@code kulis annotate} output back into articles (tokens are left out of it, so given as empty). */
    private static List<Article> readAnnotated(Path file) throws IOException {
        ObjectMapper json = ArticleJson.mapper().copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                ObjectNode node = (ObjectNode) json.readTree(line);
                node.putArray("tokens");
                out.add(json.treeToValue(node, Article.class));
            }
        }
        return out;
    }
}
