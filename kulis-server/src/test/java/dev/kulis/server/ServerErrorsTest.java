package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kulis.store.Archive;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure is JSON with a message and the right status. */
class ServerErrorsTest {
    private static final int SMALL_BODY = 1_000;
    private static KulisServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        MemoryArchive archive = Fixtures.archive();
        server = KulisServer.create(archive, archive, ServerConfig.local(0).withMaxBodyBytes(SMALL_BODY),
                Fixtures::pipeline).start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/articles/no-such-article|404|no-such-article",
            "/api/entities/nobody|404|nobody",
            "/api/clusters/none|404|none",
            "/api/graph?entity=nobody|404|nobody",
            "/api/nothing-here|404|/api/nothing-here",
            "/ui/missing.js|404|missing.js",
            "/ui/..%2Fopenapi.json|404|",
            "/api/search?limit=abc|400|limit must be a whole number",
            "/api/search?limit=0|400|limit must be 1..200",
            "/api/search?limit=201|400|limit must be 1..200",
            "/api/search?offset=-1|400|offset must be 0..10000",
            "/api/search?colour=red|400|unknown parameter: colour",
            "/api/search?from=last-week|400|from must be an ISO date",
            "/api/search?q=a&q=b|400|q given 2 times",
            "/api/quotes?limit=9999999999|400|limit must be a whole number",
            "/api/entities?limit=-3|400|limit must be 1..200",
            "/api/graph?limit=x|400|limit",
            "/api/articles/x?y=1|400|unknown parameter: y",
    })
    void badRequestsGetJsonErrors(String path, int status, String message) {
        Http.Answer a = http.get(path);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).isEqualTo("application/json;charset=utf-8");
        JsonNode json = a.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error").asText()).isNotBlank();
        assertThat(json.get("message").asText()).contains(message == null ? "" : message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET /api/articles/%ZZ HTTP/1.1|400",
            "GET /api/../../etc/passwd HTTP/1.1|400",
            "BREW /api/search HTTP/1.1|405",
    })
    void requestsJettyRefusesGetJsonErrorsToo(String requestLine, int status) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status);
            assertThat(answer.toLowerCase(Locale.ROOT)).as(answer).contains("content-type: application/json");
            assertThat(answer).contains("\"status\":" + status);
        }
    }

    @Test
    void overlongHeadersGetJsonErrors() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/status HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as(answer).startsWith("HTTP/1.1 431");
            assertThat(answer).contains("\"status\":431");
        }
    }

    @Test
    void overlongQueryIsRefused() {
        Http.Answer a = http.get("/api/search?q=" + "a".repeat(ServerConfig.DEFAULT_MAX_QUERY + 1));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).contains("longer than 1000 characters");
    }

    @Test
    void wrongMethodIs405() {
        Http.Answer a = http.post("/api/search", "{}");
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void oversizeBodyIs413WithOrWithoutALength() {
        String big = "Kuzeykent ".repeat(SMALL_BODY);
        Http.Answer declared = http.post("/api/articles", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("message").asText()).contains("larger than 1000 bytes");
        Http.Answer chunked = http.post("/api/articles",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void emptyOrUnreadableBodyIs400() {
        assertThat(http.post("/api/articles", "").status()).isEqualTo(400);
        Http.Answer bad = http.post("/api/articles", "{\"id\": \"x\", \"text\": ");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).startsWith("nothing could be read");
    }

    @Test
    void readOnlyServerRefusesPosts() {
        try (KulisServer ro = KulisServer.create(Fixtures.archive(), null, ServerConfig.local(0)).start()) {
            Http.Answer a = new Http(ro.uri()).post("/api/articles", "Bir haber.");
            assertThat(a.status()).isEqualTo(405);
            assertThat(a.json().get("message").asText()).contains("read-only");
            assertThat(new Http(ro.uri()).get("/api/status").json().get("writable").asBoolean()).isFalse();
        }
    }

    @Test
    void offLoopbackNeedsATokenAndWritesMustCarryIt() {
        assertThatThrownBy(() -> ServerConfig.local(0).withHost("0.0.0.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a token");
        MemoryArchive archive = Fixtures.archive();
        ServerConfig open = ServerConfig.local(0).withToken("s3cret-token").withHost("0.0.0.0");
        try (KulisServer s = KulisServer.create(archive, archive, open, Fixtures::pipeline).start()) {
            Http h = new Http(URI.create("http://127.0.0.1:" + s.port() + "/"));
            Http.Answer none = h.post("/api/articles", "Kuzeykent'te yağmur.");
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.json().get("message").asText()).contains("Bearer");
            assertThat(h.post("/api/articles", "Kuzeykent'te yağmur.", "Authorization", "Bearer wrong").status())
                    .isEqualTo(401);
            assertThat(h.get("/api/status").status()).isEqualTo(200);
            Http.Answer ok = h.post("/api/articles", "Kuzeykent'te yağmur.", "Authorization", "Bearer s3cret-token");
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        }
    }

    @Test
    void aTokenGivenOnLoopbackIsRequiredThereToo() {
        MemoryArchive archive = Fixtures.archive();
        try (KulisServer s = KulisServer.create(archive, archive, ServerConfig.local(0).withToken("t0ken"),
                Fixtures::pipeline).start()) {
            Http h = new Http(s.uri());
            assertThat(h.post("/api/articles", "Kuzeykent'te kar.").status()).isEqualTo(401);
            assertThat(h.get("/api/search?q=kar").status()).isEqualTo(200);
        }
    }

    @Test
    void archiveArgumentErrorsAre400AndFailuresA500WithoutDetails() {
        Archive refusing = throwing(m -> new IllegalArgumentException("cannot parse query: unbalanced quote"));
        try (KulisServer s = KulisServer.create(refusing, null, ServerConfig.local(0)).start()) {
            Http.Answer a = new Http(s.uri()).get("/api/search?q=%22a");
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().get("message").asText()).isEqualTo("cannot parse query: unbalanced quote");
        }
        Archive broken = throwing(m -> new IllegalStateException("index file /var/secret corrupt"));
        try (KulisServer s = KulisServer.create(broken, null, ServerConfig.local(0)).start()) {
            Http.Answer a = new Http(s.uri()).get("/api/entities/x");
            assertThat(a.status()).isEqualTo(500);
            assertThat(a.json().get("message").asText()).doesNotContain("secret").contains("internal error");
        }
    }

    /** An archive whose every query throws what {@code failure} makes of the method name. */
    private static Archive throwing(Function<String, RuntimeException> failure) {
        return (Archive) Proxy.newProxyInstance(Archive.class.getClassLoader(), new Class<?>[] {Archive.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    throw failure.apply(method.getName());
                });
    }
}
