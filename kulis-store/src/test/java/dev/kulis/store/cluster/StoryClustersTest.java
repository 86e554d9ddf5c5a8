package dev.kulis.store.cluster;

import static dev.kulis.store.cluster.Stories.OTHER_WATER;
import static dev.kulis.store.cluster.Stories.WATER;
import static dev.kulis.store.cluster.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoryClustersTest {
    private final StoryClusters clusters = new StoryClusters();

    private String assign(String id, String text) {
        return clusters.assign(id, clusters.signature(text));
    }

    @Test
    void firstArticleOpensItsOwnCluster() {
        assertThat(assign("a1", String.join(" ", WATER))).isEqualTo("a1");
        assertThat(clusters.clusterOf("a1")).isEqualTo("a1");
    }

    @Test
    void exactCopyJoins() {
        assign("a1", String.join(" ", WATER));
        assertThat(assign("a2", String.join(" ", WATER))).isEqualTo("a1");
    }

    @Test
    void editedCopyJoins() {
        assign("a1", String.join(" ", WATER));
        String[] edited = Stories.edited();
        Similarity s = Similarity.between(clusters.signature(String.join(" ", WATER)),
                clusters.signature(String.join(" ", edited)));
        assertThat(s.jaccard()).isBetween(0.5, 0.95);
        assertThat(assign("a2", String.join(" ", edited))).isEqualTo("a1");
    }

    @Test
    void cutCopyJoinsThroughContainment() {
        assign("a1", String.join(" ", WATER));
        String cut = String.join(" ", Stories.firstHalf());
        Similarity s = Similarity.between(clusters.signature(String.join(" ", WATER)), clusters.signature(cut));
        assertThat(s.jaccard()).isLessThan(0.5);          // Jaccard alone would miss it
        assertThat(s.containment()).isGreaterThan(0.8);
        assertThat(assign("a2", cut)).isEqualTo("a1");
    }

    @Test
    void longerLaterVersionJoinsTheShortFirstOne() {
        assign("flash", String.join(" ", Stories.firstHalf()));
        assertThat(assign("full", String.join(" ", WATER))).isEqualTo("flash");
    }

    @Test
    void differentStoryOnTheSameTopicStaysApart() {
        assign("a1", String.join(" ", WATER));
        assertThat(assign("b1", String.join(" ", OTHER_WATER))).isEqualTo("b1");
        assertThat(assign("a2", String.join(" ", Stories.edited()))).isEqualTo("a1");
        assertThat(assign("b2", String.join(" ", OTHER_WATER))).isEqualTo("b1");
    }

    @Test
    void casingApostrophesAndTurkishLettersDoNotMatter() {
        String text = String.join(" ", WATER);
        long[] sig = clusters.signature(text);
        assertThat(clusters.signature(TurkishCase.upper(text))).isEqualTo(sig);
        assertThat(clusters.signature(TurkishCase.foldAscii(text).replace("'", ""))).isEqualTo(sig);
        assertThat(clusters.signature(text.replace("\"", "“"))).isEqualTo(sig);
    }

    @Test
    void signaturesAreDeterministicAndCarryTheShingleCount() {
        String text = String.join(" ", WATER);
        long[] a = clusters.signature(text);
        long[] b = new StoryClusters().signature(text);
        assertThat(a).isEqualTo(b).hasSize(ClusterSettings.DEFAULT.hashes() + 1);
        int words = text.split("\\s+").length;
        assertThat(MinHash.size(a)).isBetween(words - 10, words);
        assertThat(clusters.signature(text + " Ek cümle burada yer alıyor.")).isNotEqualTo(a);
    }

    @Test
    void articleSignatureLeavesTheHeadlineAndCaptionsOut() {
        String headline = "Kuzeyköy'de suya yüzde on beş zam";
        String lead = WATER[0];
        String body = String.join(" ", java.util.Arrays.copyOfRange(WATER, 1, WATER.length));
        String caption = "Fotoğraf: Belediye binası önündeki esnaf grubu";
        String text = headline + "\n" + lead + "\n" + body + "\n" + caption;
        int l = headline.length() + 1;
        int b = l + lead.length() + 1;
        int c = b + body.length() + 1;
        Article article = Article.read("a1", text, Metadata.empty(), List.of(
                new Paragraph(0, headline.length(), ParagraphKind.HEADLINE),
                new Paragraph(l, l + lead.length(), ParagraphKind.LEAD),
                new Paragraph(b, b + body.length(), ParagraphKind.BODY),
                new Paragraph(c, text.length(), ParagraphKind.CAPTION)));
        assertThat(clusters.signature(article)).isEqualTo(clusters.signature(lead + "\n" + body));
        assertThat(clusters.signature(Article.read("a2", text, Metadata.empty(), List.of())))
                .isEqualTo(clusters.signature(text));
    }

    @Test
    void emptyAndShortTextsStayAlone() {
        assertThat(MinHash.size(clusters.signature(""))).isZero();
        assertThat(assign("e1", "")).isEqualTo("e1");
        assertThat(assign("e2", "")).isEqualTo("e2");
        assertThat(assign("s1", "Su zammı meclisten geçti")).isEqualTo("s1");
        assertThat(assign("s2", "Su zammı meclisten geçti")).isEqualTo("s2");
        assign("long", String.join(" ", WATER));
        // one sentence of the long story: fully contained, but too short to be evidence of a copy
        assertThat(assign("s3", WATER[2])).isEqualTo("s3");
    }

    @Test
    void headlineOnlyCopyOfALongStoryDoesNotJoinViaAShortText() {
        assign("s1", "Kuzeyköy'de suya zam");
        assertThat(assign("a1", story("Kuzeyköy'de suya zam", WATER))).isEqualTo("a1");
    }

    @Test
    void reassigningAKnownArticleKeepsItsCluster() {
        assign("a1", String.join(" ", WATER));
        assign("a2", String.join(" ", WATER));
        assertThat(assign("a2", String.join(" ", OTHER_WATER))).isEqualTo("a1");
        assertThat(clusters.size()).isEqualTo(2);
    }

    @Test
    void restoreRoundTrip() {
        List<Object[]> stored = new ArrayList<>();
        String[] texts = {String.join(" ", WATER), String.join(" ", OTHER_WATER), String.join(" ", Stories.edited())};
        String[] ids = {"a1", "b1", "a2"};
        for (int i = 0; i < texts.length; i++) {
            long[] sig = clusters.signature(texts[i]);
            stored.add(new Object[] {ids[i], sig, clusters.assign(ids[i], sig)});
        }
        StoryClusters reopened = new StoryClusters();
        for (Object[] row : stored) {
            reopened.restore((String) row[0], (long[]) row[1], (String) row[2]);
        }
        assertThat(reopened.size()).isEqualTo(3);
        assertThat(reopened.clusterOf("a2")).isEqualTo("a1");
        String cut = String.join(" ", Stories.firstHalf());
        assertThat(reopened.assign("a3", reopened.signature(cut))).isEqualTo("a1");
        assertThat(reopened.assign("b2", reopened.signature(String.join(" ", OTHER_WATER)))).isEqualTo("b1");
    }

    @Test
    void restoreKeepsAStoredClusterEvenWhenTheSignatureWouldSayOtherwise() {
        clusters.restore("x1", clusters.signature(String.join(" ", WATER)), "merged-story");
        assertThat(assign("x2", String.join(" ", WATER))).isEqualTo("merged-story");
    }

    @Test
    void candidatesExplainTheDecisionWithoutAssigning() {
        assign("a1", String.join(" ", WATER));
        assign("b1", String.join(" ", OTHER_WATER));
        List<Match> found = clusters.candidates(clusters.signature(String.join(" ", Stories.edited())));
        assertThat(found).extracting(Match::articleId).containsExactly("a1");
        assertThat(found.get(0).clusterId()).isEqualTo("a1");
        assertThat(found.get(0).similarity().sameStory(clusters.settings())).isTrue();
        assertThat(clusters.size()).isEqualTo(2);
    }

    @Test
    void wrongSignatureLengthIsRefused() {
        assertThatThrownBy(() -> clusters.assign("a", new long[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyStoriesGrowTheIndexAndCopiesStillFindTheirOriginal() {
        int n = 2500; // more than two index pages and several bucket-table resizes
        for (int i = 0; i < n; i++) {
            assertThat(assign("r" + i, Stories.random(i, 60))).isEqualTo("r" + i);
        }
        for (int i = 0; i < n; i += 97) {
            assertThat(assign("c" + i, Stories.random(i, 60))).isEqualTo("r" + i);
        }
        ClusterSettings s = ClusterSettings.DEFAULT;
        assertThat(clusters.indexBytes()).isLessThan(3L * LshIndex.PAGE * 4 * (s.hashes() + s.bands()) + (1 << 20));
    }

    @Test
    void twoThreadsAssigningAtOnce() throws Exception {
        int n = 400;
        long[][] sigs = new long[n][];
        for (int i = 0; i < n; i++) {
            sigs[i] = clusters.signature(Stories.random(1000 + i, 50));
            clusters.assign("o" + i, sigs[i]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int parity = t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> errors = new ArrayList<>();
                for (int i = parity; i < n; i += 2) {
                    String copy = clusters.assign("copy" + i, sigs[i]);
                    String fresh = clusters.assign("new" + i, clusters.signature(Stories.random(5000 + i, 50)));
                    if (!copy.equals("o" + i) || !fresh.equals("new" + i)) {
                        errors.add(i + ": " + copy + ", " + fresh);
                    }
                }
                return errors;
            }));
        }
        start.countDown();
        for (Future<List<String>> f : results) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
        }
        pool.shutdown();
        assertThat(clusters.size()).isEqualTo(3 * n);
    }
}
