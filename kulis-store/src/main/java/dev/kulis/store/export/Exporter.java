package dev.kulis.store.export;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.index.Fields;
import dev.kulis.store.registry.EntitySummary;
import dev.kulis.store.search.QuoteHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Writes what an archive holds as JSON Lines or CSV (a header row, then one row per item): articles (the annotate
 * JSON with the archive's cluster and registry ids added), entities (registry view with article counts), quotes,
 * relations (with registry ids).
 */
public final class Exporter {
    public enum Format { JSONL, CSV }

    public enum What { ARTICLES, ENTITIES, QUOTES, RELATIONS }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final LuceneArchive archive;

    public Exporter(LuceneArchive archive) {
        this.archive = archive;
    }

    /** Writes every item; returns how many. */
    public long export(What what, Format format, Writer out) throws IOException {
        Sink sink = format == Format.CSV ? new Csv(new CsvWriter(out)) : new JsonLines(out);
        long[] n = {0};
        try {
            switch (what) {
                case ARTICLES -> {
                    sink.header(List.of("id", "date", "headline", "agency", "city", "category", "cluster", "persons",
                            "organizations", "places", "quotes"));
                    archive.forEachArticle(d -> {
                        n[0]++;
                        article(d, sink);
                    });
                }
                case QUOTES -> {
                    sink.header(List.of("article", "date", "headline", "kind", "speaker_id", "speaker", "cue", "start",
                            "end", "text"));
                    archive.forEachQuote(d -> {
                        n[0]++;
                        QuoteHit q = dev.kulis.store.query.QuoteSearch.hit(d);
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("article", q.article());
                        row.put("date", q.date());
                        row.put("headline", q.headline());
                        row.put("kind", q.kind());
                        row.put("speaker_id", q.speaker() == null ? null : q.speaker().entity());
                        row.put("speaker", q.speaker() == null ? null : q.speaker().name());
                        row.put("cue", q.cue());
                        row.put("start", q.start());
                        row.put("end", q.end());
                        row.put("text", q.text());
                        sink.row(row);
                    });
                }
                case RELATIONS -> {
                    sink.header(List.of("article", "date", "type", "a_id", "a_name", "b_id", "b_name", "start", "end",
                            "text"));
                    archive.forEachArticle(d -> n[0] += relations(d, sink));
                }
                case ENTITIES -> {
                    sink.header(List.of("id", "type", "name", "aliases", "articles"));
                    for (EntitySummary e : archive.allEntities()) {
                        n[0]++;
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", e.id());
                        row.put("type", e.type());
                        row.put("name", e.name());
                        row.put("aliases", format == Format.CSV ? String.join("|", e.aliases()) : e.aliases());
                        row.put("articles", e.articles());
                        sink.row(row);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return n[0];
    }

    private static void article(Document d, Sink sink) {
        try {
            ObjectNode json = (ObjectNode) MAPPER.readTree(d.get(Fields.JSON));
            Map<String, String> ids = MAPPER.readValue(d.get(Fields.ENTITY_MAP), new TypeReference<>() {
            });
            if (sink instanceof JsonLines j) {
                json.put("cluster", d.get(Fields.CLUSTER));
                json.set("registry_ids", MAPPER.valueToTree(ids));
                j.line(json.toString());
                return;
            }
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (JsonNode e : json.path("entities")) {
                String type = e.path("type").asText().toLowerCase(Locale.ROOT);
                names.computeIfAbsent(type, k -> new ArrayList<>()).add(e.path("name").asText());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            JsonNode md = json.path("metadata");
            row.put("id", d.get(Fields.ARTICLE_ID));
            row.put("date", d.get(Fields.DATE));
            row.put("headline", d.get(Fields.HEADLINE));
            row.put("agency", text(md, "agency"));
            row.put("city", text(md, "city"));
            row.put("category", text(md, "category"));
            row.put("cluster", d.get(Fields.CLUSTER));
            row.put("persons", String.join("|", names.getOrDefault("person", List.of())));
            row.put("organizations", String.join("|", names.getOrDefault("organization", List.of())));
            row.put("places", String.join("|", names.getOrDefault("location", List.of())));
            row.put("quotes", json.path("quotes").size());
            sink.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long relations(Document d, Sink sink) {
        try {
            JsonNode json = MAPPER.readTree(d.get(Fields.JSON));
            Map<String, String> ids = MAPPER.readValue(d.get(Fields.ENTITY_MAP), new TypeReference<>() {
            });
            long n = 0;
            for (JsonNode r : json.path("relations")) {
                n++;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("article", d.get(Fields.ARTICLE_ID));
                row.put("date", d.get(Fields.DATE));
                row.put("type", text(r, "type"));
                row.put("a_id", ids.get(r.path("a").path("entity").asText()));
                row.put("a_name", text(r.path("a"), "name"));
                row.put("b_id", ids.get(r.path("b").path("entity").asText()));
                row.put("b_name", text(r.path("b"), "name"));
                row.put("start", r.path("start").asInt());
                row.put("end", r.path("end").asInt());
                row.put("text", text(r, "text"));
                sink.row(row);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private interface Sink {
        void header(List<String> columns);

        void row(Map<String, Object> row);
    }

    private static final class Csv implements Sink {
        private final CsvWriter csv;

        Csv(CsvWriter csv) {
            this.csv = csv;
        }

        @Override
        public void header(List<String> columns) {
            write(new ArrayList<>(columns));
        }

        @Override
        public void row(Map<String, Object> row) {
            write(new ArrayList<>(row.values()));
        }

        private void write(List<?> fields) {
            try {
                csv.row(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class JsonLines implements Sink {
        private final Writer out;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        public void header(List<String> columns) {
        }

        @Override
        public void row(Map<String, Object> row) {
            try {
                line(MAPPER.writeValueAsString(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void line(String s) {
            try {
                out.write(s);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
