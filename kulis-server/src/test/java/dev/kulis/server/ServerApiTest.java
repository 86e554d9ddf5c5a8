package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The happy path of every endpoint, over the fictional stories in an in-memory archive. */
class ServerApiTest {
    private static KulisServer server;
    private static MemoryArchive archive;
    private static Http http;

    @BeforeAll
    static void start() {
        archive = Fixtures.archive();
        server = KulisServer.create(archive, archive, ServerConfig.local(0), Fixtures::pipeline).start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchFindsArticlesWithMarkedSnippetsAndFacetCounts() {
        Http.Answer a = http.get("/api/search?q=park");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/json;charset=utf-8");
        JsonNode json = a.json();
        assertThat(json.get("total").asLong()).isEqualTo(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("kuzeykent-park");
        assertThat(hit.get("headline").asText()).startsWith("Kuzeykent Belediye Başkanı Selin Aksoy");
        assertThat(hit.get("snippet").asText()).contains("<mark>park");
        assertThat(values(json.at("/facets/person"))).contains("Selin Aksoy=1", "Orhan Balcı=1");
        assertThat(values(json.at("/facets/agency"))).containsExactly("DHA=1");
    }

    @Test
    void searchFiltersByFacetsAndPages() {
        JsonNode json = http.get("/api/search?person=Orhan%20Balc%C4%B1&limit=1").json();
        assertThat(json.get("total").asLong()).isEqualTo(2);
        assertThat(json.get("hits")).hasSize(1);
        assertThat(json.at("/hits/0/id").asText()).isEqualTo("altinova-hastane");
        JsonNode second = http.get("/api/search?person=Orhan%20Balc%C4%B1&limit=1&offset=1").json();
        assertThat(second.at("/hits/0/id").asText()).isEqualTo("kuzeykent-park");
        assertThat(http.get("/api/search?agency=DHA&city=Kuzeykent&month=2024-04").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(http.get("/api/search?from=2024-04&to=2024-04").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void articleIsItsAnnotateJson() {
        Http.Answer a = http.get("/api/articles/kuzeykent-liman");
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        String text = json.get("text").asText();
        assertThat(json.at("/metadata/city").asText()).isEqualTo("Kuzeykent");
        JsonNode quote = json.get("quotes").get(2);
        assertThat(quote.at("/speaker/entity").asText()).isEqualTo("selin-aksoy");
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
                .isEqualTo(quote.get("text").asText());
        assertThat(json.has("tokens")).isFalse();
    }

    @Test
    void entitiesAreFoundByAnyFormOfTheirName() {
        JsonNode json = http.get("/api/entities?q=Aksoy%27un").json();
        assertThat(json.at("/hits/0/id").asText()).isEqualTo("selin-aksoy");
        assertThat(json.at("/hits/0/articles").asLong()).isEqualTo(3);
        assertThat(json.get("total").asLong()).isEqualTo(json.get("hits").size());
        assertThat(http.get("/api/entities?limit=2").json().get("hits")).hasSize(2);
    }

    @Test
    void entityPageHasRolesQuotesComentionsAndArticles() {
        JsonNode page = http.get("/api/entities/selin-aksoy").json();
        assertThat(page.at("/entity/name").asText()).isEqualTo("Selin Aksoy");
        assertThat(page.at("/roles/0/office").asText()).isEqualTo("Kuzeykent Belediye Başkanı");
        assertThat(page.at("/roles/0/date").asText()).isEqualTo("2024-03");
        assertThat(page.get("quotes")).hasSize(4);
        assertThat(page.at("/quotes/0/article").asText()).isEqualTo("kuzeykent-liman");
        List<String> comentioned = new ArrayList<>();
        page.get("comentions").forEach(c -> comentioned.add(c.at("/entity/id").asText()));
        assertThat(comentioned).contains("orhan-balci", "kemal-tunali");
        assertThat(page.get("articles")).hasSize(3);
    }

    @Test
    void quotesBySpeakerInAnyFormPointIntoTheirArticle() {
        JsonNode json = http.get("/api/quotes?speaker=AKSOY").json();
        assertThat(json.get("total").asLong()).isEqualTo(4);
        assertThat(http.get("/api/quotes?speaker=Selin%20Aksoy%27un").json().get("total").asLong()).isEqualTo(4);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.at("/speaker/entity").asText()).isEqualTo("selin-aksoy");
        assertThat(hit.at("/speaker/name").asText()).isEqualTo("Selin Aksoy");
        assertThat(hit.get("kind").asText()).isIn("direct", "indirect");
        String text = http.get("/api/articles/" + hit.get("article").asText()).json().get("text").asText();
        assertThat(text.substring(hit.get("start").asInt(), hit.get("end").asInt())).isEqualTo(hit.get("text").asText());
        assertThat(http.get("/api/quotes?speaker=balci&q=hastane").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void clusterListsTheCopiesOfAStory() {
        JsonNode json = http.get("/api/clusters/kuzeykent-park").json();
        assertThat(json.get("id").asText()).isEqualTo("kuzeykent-park");
        assertThat(json.at("/articles/0/date").asText()).isEqualTo("2024-03");
    }

    @Test
    void graphLinksWhoMeetsAndMentionsWhom() {
        JsonNode json = http.get("/api/graph?entity=selin-aksoy&limit=20").json();
        assertThat(json.get("nodes").size()).isBetween(8, 20);
        assertThat(json.at("/nodes/0/id").asText()).isEqualTo("selin-aksoy");
        List<String> edges = new ArrayList<>();
        json.get("edges").forEach(e -> edges.add(e.get("kind").asText() + ":" + e.get("source").asText() + ">"
                + e.get("target").asText()));
        assertThat(edges).contains("meets:selin-aksoy>kemal-tunali");
        assertThat(http.get("/api/graph?entity=selin-aksoy&limit=3").json().get("nodes")).hasSize(3);
        assertThat(http.get("/api/graph").json().get("nodes").size()).isGreaterThan(5);
    }

    @Test
    void statusCountsArticles() {
        JsonNode json = http.get("/api/status").json();
        assertThat(json.get("articles").asLong()).isEqualTo(archive.size());
        assertThat(json.get("writable").asBoolean()).isTrue();
    }

    @Test
    void postedTextIsAnnotatedStoredAndSearchableOnce() {
        MemoryArchive archive = Fixtures.archive();
        try (KulisServer own = KulisServer.create(archive, archive, ServerConfig.local(0), Fixtures::pipeline).start()) {
            postAndFind(new Http(own.uri()), archive);
        }
    }

    private static void postAndFind(Http http, MemoryArchive archive) {
        String story = " date 2024-06 Deniz ORMANCI/KUZEYKENT, (DHA) - Kuzeykent Belediye Başkanı Selin Aksoy, "
                + "Çınaraltı Kütüphanesi'ni açtı. Aksoy, \"Kitaplar herkesin\" dedi.\n";
        Http.Answer first = http.post("/api/articles", story, "Content-Type", "text/plain;charset=utf-8");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().at("/ids/0").asText();
        assertThat(id).startsWith("post-");
        long size = archive.size();
        Http.Answer again = http.post("/api/articles", story);
        assertThat(again.json().at("/ids/0").asText()).isEqualTo(id);
        assertThat(archive.size()).isEqualTo(size);
        assertThat(http.get("/api/search?q=k%C3%BCt%C3%BCphane").json().at("/hits/0/id").asText()).isEqualTo(id);
        JsonNode quotes = http.get("/api/articles/" + id).json().get("quotes");
        assertThat(quotes.get(0).at("/speaker/name").asText()).isEqualTo("Selin Aksoy");
        assertThat(http.post("/api/articles?id=kutuphane", story).json().at("/ids/0").asText()).isEqualTo("kutuphane");
        // Ids read from folders contain slashes: they stay one id in the path.
        assertThat(http.post("/api/articles?id=kultur/12", story).json().at("/ids/0").asText()).isEqualTo("kultur/12");
        assertThat(http.get("/api/articles/kultur/12").json().get("id").asText()).isEqualTo("kultur/12");
        assertThat(http.get("/api/clusters/kultur/12").json().get("id").asText()).isEqualTo("kultur/12");
    }

    @Test
    void pagesAndApiAnswersCarrySecurityHeaders() {
        for (String path : List.of("/", "/api/status", "/api/articles/nope")) {
            Http.Answer a = http.get(path);
            assertThat(a.raw().headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(a.raw().headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path).contains("script-src 'self'").doesNotContain("unsafe-inline");
        }
        Http.Answer page = http.get("/");
        assertThat(page.contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(page.body()).contains("lang=\"tr\"").contains("<script type=\"module\" src=\"/ui/app.js\">");
        assertThat(http.get("/ui/app.css").contentType()).isEqualTo("text/css;charset=utf-8");
        assertThat(http.get("/ui/app.js").contentType()).isEqualTo("text/javascript;charset=utf-8");
    }

    private static List<String> values(JsonNode facet) {
        List<String> out = new ArrayList<>();
        facet.forEach(f -> out.add(f.get("value").asText() + "=" + f.get("count").asLong()));
        return out;
    }
}
