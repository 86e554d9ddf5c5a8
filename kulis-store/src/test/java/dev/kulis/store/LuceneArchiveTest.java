package dev.kulis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kulis.model.Article;
import dev.kulis.store.index.StoredArticles;
import dev.kulis.store.search.FacetCount;
import dev.kulis.store.search.QuoteRequest;
import dev.kulis.store.search.QuoteResult;
import dev.kulis.store.search.SearchHit;
import dev.kulis.store.search.SearchRequest;
import dev.kulis.store.search.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArchiveTest {
    @TempDir
    Path dir;
    LuceneArchive archive;

    @BeforeEach
    void fill() throws IOException {
        archive = LuceneArchive.open(dir);
        for (Article a : Fixtures.annotated()) {
            archive.put(archive.link(a, "h-" + a.id()));
        }
        archive.commit();
    }

    @AfterEach
    void close() throws IOException {
        archive.close();
    }

    private List<String> ids(String query) {
        return archive.search(SearchRequest.of(query, 20)).hits().stream().map(SearchHit::id).sorted().toList();
    }

    @Test
    void findsNamesInAnySuffixFormAndWithoutTurkishLetters() {
        assertThat(ids("Kılıçoğlu")).containsExactly("t1", "t2", "t4");
        assertThat(ids("Kılıçoğlu'nun")).containsExactly("t1", "t2", "t4");
        assertThat(ids("kilicoglu")).containsExactly("t1", "t2", "t4");
        assertThat(ids("KILIÇOĞLU")).containsExactly("t1", "t2", "t4");
        assertThat(ids("karaagac")).containsExactly("t2");
        assertThat(ids("izmir")).containsExactly("t2");
    }

    @Test
    void findsLemmasAndPhrases() {
        assertThat(ids("seçim")).contains("t1", "t4").doesNotContain("t3");
        assertThat(ids("\"liman projesi\"")).containsExactly("t2");
        assertThat(ids("\"projesi liman\"")).isEmpty();
        assertThat(ids("liman Kartalspor")).isEmpty();
    }

    @Test
    void blankQueryListsEverythingNewestFirst() {
        SearchResult r = archive.search(SearchRequest.of("", 10));
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly("t3", "t2", "t4", "t1");
        assertThat(archive.size()).isEqualTo(4);
    }

    @Test
    void snippetsMarkTheMatchAndEscapeTheRest() {
        SearchResult r = archive.search(SearchRequest.of("kilicoglu", 10));
        SearchHit t1 = r.hits().stream().filter(h -> h.id().equals("t1")).findFirst().orElseThrow();
        assertThat(t1.snippet()).contains("<mark>Kılıçoğlu").doesNotContain("\"Seçimlerde");
        assertThat(t1.headline()).isEqualTo("Kılıçoğlu'ndan seçim açıklaması");
        assertThat(t1.date()).isEqualTo("2019-01-10");
    }

    @Test
    void facetsCountAllMatchesAndFilter() {
        SearchResult r = archive.search(SearchRequest.of("", 10));
        assertThat(r.facets().get("category")).containsExactlyInAnyOrder(new FacetCount("siyaset", 2),
                new FacetCount("ekonomi", 1), new FacetCount("spor", 1));
        assertThat(r.facets().get("month")).contains(new FacetCount("2019-02", 2));
        assertThat(r.facets().get("agency")).contains(new FacetCount("AA", 2));
        SearchResult spor = archive.search(new SearchRequest("", Map.of("category", List.of("spor", "ekonomi")), null,
                null, 10, 0));
        assertThat(spor.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("t2", "t3");
        SearchResult both = archive.search(new SearchRequest("", Map.of("category", List.of("spor"),
                "month", List.of("2019-01")), null, null, 10, 0));
        assertThat(both.total()).isZero();
    }

    @Test
    void dateRangeIncludesWholeMonths() {
        SearchResult jan = archive.search(new SearchRequest("", Map.of(), "2019-01", "2019-01", 10, 0));
        assertThat(jan.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("t1", "t4");
        assertThatThrownBy(() -> archive.search(new SearchRequest("", Map.of(), "dün", null, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesThroughHits() {
        SearchResult p2 = archive.search(new SearchRequest("", Map.of(), null, null, 2, 2));
        assertThat(p2.total()).isEqualTo(4);
        assertThat(p2.hits()).extracting(SearchHit::id).containsExactly("t4", "t1");
    }

    @Test
    void badQueryIsAnArgumentError() {
        assertThatThrownBy(() -> archive.search(SearchRequest.of("\"unclosed", 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void puttingAgainReplacesInsteadOfDuplicating() throws IOException {
        for (Article a : Fixtures.annotated()) {
            archive.put(archive.link(a, "h2-" + a.id()));
        }
        archive.commit();
        assertThat(archive.size()).isEqualTo(4);
        assertThat(archive.quotes(new QuoteRequest("", "", 100, 0)).total())
                .isEqualTo(Fixtures.annotated().stream().mapToLong(a -> a.quotes().size()).sum());
        assertThat(archive.storedHash("t1")).contains("h2-t1");
    }

    @Test
    void onlyCommittedArticlesSurviveAReopen() throws IOException {
        Article extra = new Article("t9", "Ek haber metni.", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        archive.put(archive.link(extra, "h-t9"));
        assertThat(archive.size()).isEqualTo(5);
        archive.close();
        archive = LuceneArchive.open(dir);
        assertThat(archive.size()).isEqualTo(4);
        assertThat(archive.storedHash("t1")).contains("h-t1");
        assertThat(archive.storedHash("t9")).isEmpty();
        try (LuceneArchive readOnly = LuceneArchive.openReadOnly(dir)) {
            assertThat(readOnly.size()).isEqualTo(4);
        }
    }

    @Test
    void storedJsonReadsBackAsTheArticle() {
        String json = archive.articleJson("t2").orElseThrow();
        Article back = StoredArticles.parse(json);
        Article t2 = Fixtures.annotated().get(1);
        assertThat(back.text()).isEqualTo(t2.text());
        assertThat(back.entities()).isEqualTo(t2.entities());
        assertThat(back.quotes()).isEqualTo(t2.quotes());
        assertThat(back.roles()).isEqualTo(t2.roles());
        assertThat(archive.articleJson("nope")).isEmpty();
    }

    @Test
    void quotesBySpeakerInAnyFormAndByWords() {
        QuoteResult karaagac = archive.quotes(new QuoteRequest("karaagac", "", 10, 0));
        assertThat(karaagac.hits()).isNotEmpty();
        assertThat(karaagac.hits()).allSatisfy(q -> assertThat(q.article()).isEqualTo("t2"));
        assertThat(karaagac.hits()).extracting(h -> h.text()).anySatisfy(t -> assertThat(t).contains("Liman kentimizin"));
        assertThat(karaagac.hits().get(0).speaker().name()).contains("Karaağaç");
        QuoteResult words = archive.quotes(new QuoteRequest("", "mücadele", 10, 0));
        assertThat(words.hits()).extracting(h -> h.article()).containsExactly("t3");
        QuoteResult both = archive.quotes(new QuoteRequest("Kılıçoğlu", "seçim", 10, 0));
        assertThat(both.hits()).extracting(h -> h.article()).contains("t1");
        assertThat(archive.quotes(new QuoteRequest("Kılıçoğlu", "liman", 10, 0)).total()).isZero();
    }

    private String kilicoglu() {
        List<dev.kulis.store.registry.EntitySummary> found = archive.entities("Kılıçoğlu", 5);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).type()).isEqualTo("PERSON");
        assertThat(found.get(0).name()).isEqualTo("Oğuz Kılıçoğlu");
        assertThat(found.get(0).articles()).isEqualTo(3);
        return found.get(0).id();
    }

    @Test
    void entitiesAreFoundByNameAndCountedByArticles() {
        kilicoglu();
        assertThat(archive.entities("kilicoglu", 5)).extracting(e -> e.name()).contains("Oğuz Kılıçoğlu");
        List<dev.kulis.store.registry.EntitySummary> top = archive.entities("", 50);
        assertThat(top).isNotEmpty();
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).articles()).isLessThanOrEqualTo(top.get(i - 1).articles());
        }
        assertThatThrownBy(() -> archive.entities("", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entityPageHoldsArticlesQuotesRolesAndComentions() {
        String id = kilicoglu();
        var page = archive.entity(id).orElseThrow();
        assertThat(page.articles()).extracting(ArticleRef::id).containsExactly("t2", "t4", "t1");
        assertThat(page.quotes()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.speaker().entity()).isEqualTo(id);
            assertThat(q.article()).isIn("t1", "t4");
        });
        assertThat(page.roles()).allSatisfy(r -> assertThat(r.article()).isIn("t1", "t2", "t4"));
        assertThat(page.comentions()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.entity().id()).isNotEqualTo(id));
        assertThat(archive.entity("no-such-entity")).isEmpty();
    }

    @Test
    void graphLinksAnEntityToWhoItMeetsQuotesAndIsMentionedWith() {
        String id = kilicoglu();
        var graph = archive.graph(id, 10);
        assertThat(graph.nodes()).extracting(n -> n.id()).contains(id);
        assertThat(graph.nodes().size()).isLessThanOrEqualTo(10);
        assertThat(graph.edges()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("mentions");
            assertThat(e.source()).isEqualTo(id);
        });
        var ids = graph.nodes().stream().map(n -> n.id()).toList();
        assertThat(graph.edges()).allSatisfy(e -> assertThat(ids).contains(e.source(), e.target()));
        assertThat(archive.graph(null, 3).nodes().size()).isBetween(1, 3);
    }

    @Test
    void everyArticleIsInTheClusterItNames() {
        for (SearchHit h : archive.search(SearchRequest.of("", 10)).hits()) {
            var cluster = archive.cluster(h.cluster()).orElseThrow();
            assertThat(cluster.articles()).extracting(ArticleRef::id).contains(h.id());
        }
        assertThat(archive.cluster("nope")).isEmpty();
        // t4 is t1 retitled and cut: one story
        var story = archive.cluster("t1").orElseThrow();
        assertThat(story.articles()).extracting(ArticleRef::id).containsExactly("t1", "t4");
    }

    @Test
    void entitiesKeepTheirIdsAcrossReopensWithOrWithoutTheSnapshot() throws IOException {
        String id = kilicoglu();
        archive.close();
        archive = LuceneArchive.open(dir);
        assertThat(kilicoglu()).isEqualTo(id);
        archive.close();
        java.nio.file.Files.deleteIfExists(dir.resolve(LuceneArchive.REGISTRY_SNAPSHOT));
        archive = LuceneArchive.open(dir);
        assertThat(kilicoglu()).isEqualTo(id);
        // a new article naming him again gets the same id
        Article again = Fixtures.annotated().get(1);
        Article copy = new Article("t5", again.text(), again.metadata(), again.paragraphs(), again.sentences(),
                again.tokens(), again.entities(), again.quotes(), again.roles(), again.relations(), again.events(),
                again.times());
        archive.put(archive.link(copy, "h-t5"));
        archive.commit();
        assertThat(archive.entity(id).orElseThrow().articles()).extracting(ArticleRef::id).contains("t5");
    }
}
