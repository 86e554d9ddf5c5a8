package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document served at {@code /api/openapi.json} describes exactly the routes the app registers. */
class OpenApiTest {

    @Test
    void everyRegisteredApiRouteIsDescribedAndNothingElse() {
        MemoryArchive archive = Fixtures.archive();
        try (KulisServer server = KulisServer.create(archive, archive, ServerConfig.local(0)).start()) {
            JsonNode doc = new Http(server.uri()).get("/api/openapi.json").json();
            assertThat(doc.get("openapi").asText()).startsWith("3.1");
            Set<String> registered = new TreeSet<>();
            for (KulisServer.Route r : server.routes()) {
                if (r.path().startsWith("/api/")) {
                    // Javalin writes path parameters as <id> or {id}; OpenAPI as {id}.
                    registered.add(r.method().toLowerCase(Locale.ROOT) + " "
                            + r.path().replace('<', '{').replace('>', '}'));
                }
            }
            Set<String> described = new TreeSet<>();
            for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                doc.get("paths").get(path).fieldNames().forEachRemaining(m -> {
                    if (!m.equals("parameters")) {
                        described.add(m + " " + path);
                    }
                });
            }
            assertThat(registered).hasSizeGreaterThanOrEqualTo(9);
            assertThat(described).isEqualTo(registered);
        }
    }

    @Test
    void everyOperationDocumentsItsErrorsAndEveryReferenceResolves() {
        MemoryArchive archive = Fixtures.archive();
        try (KulisServer server = KulisServer.create(archive, null, ServerConfig.local(0)).start()) {
            JsonNode doc = new Http(server.uri()).get("/api/openapi.json").json();
            doc.get("paths").forEach(item -> item.fields().forEachRemaining(op -> {
                if (!op.getKey().equals("parameters")) {
                    JsonNode responses = op.getValue().get("responses");
                    assertThat(responses.has("200") || responses.has("201")).as(op.getKey()).isTrue();
                    assertThat(op.getValue().get("operationId").asText()).isNotBlank();
                }
            }));
            Set<String> refs = new TreeSet<>();
            collectRefs(doc, refs);
            for (String ref : refs) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
