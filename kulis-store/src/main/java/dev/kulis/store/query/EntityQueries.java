package dev.kulis.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.store.ArticleRef;
import dev.kulis.store.index.Fields;
import dev.kulis.store.link.Links;
import dev.kulis.store.registry.EntityGraph;
import dev.kulis.store.registry.EntityPage;
import dev.kulis.store.registry.EntitySummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Entity lists, entity pages and the who-quotes/meets/mentions-whom graph, computed from the index: article
 * counts from the {@link Fields#ENTITY} postings, co-mentions from its doc values, roles from the stored JSON of
 * the entity's articles, edges from each article's stored {@link Fields#LINKS}.
 */
public final class EntityQueries {
    private static final int PAGE_ARTICLES = 200;
    private static final int PAGE_QUOTES = 100;
    private static final int PAGE_COMENTIONS = 20;
    /** How many of an entity's newest articles the graph and co-mentions look at. */
    private static final int SCAN_ARTICLES = 5_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Searchers searchers;
    private final Links links;
    private final QuoteSearch quotes;

    public EntityQueries(Searchers searchers, Links links, QuoteSearch quotes) {
        this.searchers = searchers;
        this.links = links;
        this.quotes = quotes;
    }

    public List<EntitySummary> entities(String query, int limit) {
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            List<String> candidates = query == null || query.isBlank()
                    ? mostMentioned(s.getIndexReader(), limit * 2)
                    : links.find(query.strip(), limit * 3);
            List<EntitySummary> out = new ArrayList<>();
            for (String id : candidates) {
                long n = articleCount(s, id);
                if (n > 0) {
                    links.summary(id).ifPresent(e -> out.add(withCount(e, n)));
                }
            }
            out.sort(Comparator.comparingLong(EntitySummary::articles).reversed());
            return List.copyOf(out.subList(0, Math.min(limit, out.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entity some article names, with exact article counts, most mentioned first (for exports). */
    public List<EntitySummary> all() {
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            List<EntitySummary> out = new ArrayList<>();
            for (String id : mostMentioned(s.getIndexReader(), Integer.MAX_VALUE)) {
                long n = articleCount(s, id);
                if (n > 0) {
                    links.summary(id).ifPresent(e -> out.add(withCount(e, n)));
                }
            }
            out.sort(Comparator.comparingLong(EntitySummary::articles).reversed().thenComparing(EntitySummary::id));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<EntityPage> entity(String id) {
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            long count = articleCount(s, id);
            Optional<EntitySummary> summary = links.summary(id);
            if (summary.isEmpty() || count == 0) {
                return Optional.empty();
            }
            ScoreDoc[] docs = s.search(articlesOf(id), SCAN_ARTICLES, ArticleSearch.NEWEST).scoreDocs;
            StoredFields stored = s.storedFields();
            List<ArticleRef> articles = new ArrayList<>();
            List<EntityPage.RoleRecord> roles = new ArrayList<>();
            for (int i = 0; i < Math.min(PAGE_ARTICLES, docs.length); i++) {
                Document d = stored.document(docs[i].doc);
                articles.add(ref(d));
                roles.addAll(roles(d, id));
            }
            roles.sort(Comparator.comparing((EntityPage.RoleRecord r) -> r.date() == null ? "" : r.date()));
            List<EntityPage.Comention> comentions = new ArrayList<>();
            for (Map.Entry<String, Long> e : top(coCounts(s, docs, id), PAGE_COMENTIONS)) {
                links.summary(e.getKey()).ifPresent(x -> comentions.add(
                        new EntityPage.Comention(withCount(x, articleCount(s, x.id())), e.getValue())));
            }
            return Optional.of(new EntityPage(withCount(summary.get(), count), roles,
                    quotes.bySpeaker(id, PAGE_QUOTES).hits(), comentions, articles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EntityGraph graph(String entityId, int limit) {
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            Query q;
            if (entityId != null) {
                q = articlesOf(entityId);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String id : mostMentioned(s.getIndexReader(), Math.min(limit, 50))) {
                    any.add(new TermQuery(new Term(Fields.ENTITY, id)), Occur.SHOULD);
                }
                q = new BooleanQuery.Builder().add(ArticleSearch.ARTICLES, Occur.FILTER)
                        .add(any.build(), Occur.MUST).build();
            }
            ScoreDoc[] docs = s.search(q, SCAN_ARTICLES, ArticleSearch.NEWEST).scoreDocs;
            Map<String, Long> mentions = new HashMap<>();
            Map<String, Long> edges = new HashMap<>(); // "kind\tsource\ttarget" → articles
            Map<Integer, Set<String>> entitiesOf = entitySets(s, docs);
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : docs) {
                Set<String> ids = entitiesOf.getOrDefault(sd.doc, Set.of());
                ids.forEach(id -> mentions.merge(id, 1L, Long::sum));
                String linksField = stored.document(sd.doc, Set.of(Fields.LINKS)).get(Fields.LINKS);
                if (linksField != null && !linksField.isEmpty()) {
                    for (String line : linksField.split("\n")) {
                        edges.merge(line, 1L, Long::sum);
                    }
                }
                if (entityId != null) {
                    for (String other : ids) {
                        if (!other.equals(entityId)) {
                            edges.merge("mentions\t" + entityId + "\t" + other, 1L, Long::sum);
                        }
                    }
                } else {
                    List<String> sorted = new ArrayList<>(ids);
                    sorted.sort(null);
                    for (int i = 0; i < sorted.size(); i++) {
                        for (int j = i + 1; j < sorted.size(); j++) {
                            edges.merge("mentions\t" + sorted.get(i) + "\t" + sorted.get(j), 1L, Long::sum);
                        }
                    }
                }
            }
            // nodes: the centre, then the entities most connected to it (or most mentioned overall)
            Map<String, Long> weight = new HashMap<>();
            edges.forEach((k, w) -> {
                String[] p = k.split("\t");
                if (entityId == null || p[1].equals(entityId) || p[2].equals(entityId)) {
                    weight.merge(p[1], w, Long::sum);
                    weight.merge(p[2], w, Long::sum);
                }
            });
            Set<String> nodes = new java.util.LinkedHashSet<>();
            if (entityId != null) {
                nodes.add(entityId);
            }
            for (Map.Entry<String, Long> e : top(weight, limit)) {
                if (nodes.size() >= limit) {
                    break;
                }
                nodes.add(e.getKey());
            }
            List<EntityGraph.Node> nodeList = new ArrayList<>();
            for (String id : nodes) {
                links.summary(id).ifPresent(x -> nodeList.add(new EntityGraph.Node(id, x.type(), x.name(),
                        mentions.getOrDefault(id, 0L))));
            }
            Set<String> kept = new HashSet<>();
            nodeList.forEach(n -> kept.add(n.id()));
            List<EntityGraph.Edge> edgeList = new ArrayList<>();
            edges.forEach((k, w) -> {
                String[] p = k.split("\t");
                if (kept.contains(p[1]) && kept.contains(p[2])) {
                    edgeList.add(new EntityGraph.Edge(p[1], p[2], p[0], w));
                }
            });
            edgeList.sort(Comparator.comparingLong(EntityGraph.Edge::weight).reversed()
                    .thenComparing(EntityGraph.Edge::source).thenComparing(EntityGraph.Edge::target));
            return new EntityGraph(nodeList, edgeList);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query articlesOf(String id) {
        return new BooleanQuery.Builder().add(ArticleSearch.ARTICLES, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ENTITY, id)), Occur.FILTER).build();
    }

    private static long articleCount(IndexSearcher s, String id) {
        try {
            return s.count(articlesOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EntitySummary withCount(EntitySummary e, long n) {
        return new EntitySummary(e.id(), e.type(), e.name(), e.aliases(), n);
    }

    /** Entity ids by document frequency (deleted versions still counted: exact counts are taken afterwards). */
    static List<String> mostMentioned(IndexReader reader, int n) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.ENTITY);
        if (terms == null) {
            return List.of();
        }
        PriorityQueue<Map.Entry<String, Integer>> best = new PriorityQueue<>(Map.Entry.comparingByValue());
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            best.add(Map.entry(t.utf8ToString(), te.docFreq()));
            if (best.size() > n && n != Integer.MAX_VALUE) {
                best.poll();
            }
        }
        List<String> out = new ArrayList<>();
        while (!best.isEmpty()) {
            out.add(best.poll().getKey());
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** The entity ids of each document, from doc values (documents visited leaf by leaf in doc order). */
    private static Map<Integer, Set<String>> entitySets(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        int[] sorted = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            sorted[i] = docs[i].doc;
        }
        java.util.Arrays.sort(sorted);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Map<Integer, Set<String>> out = new HashMap<>();
        int current = -1;
        SortedSetDocValues dv = null;
        for (int doc : sorted) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext ctx = leaves.get(leaf);
            if (leaf != current) {
                current = leaf;
                dv = ctx.reader().getSortedSetDocValues(Fields.ENTITY);
            }
            if (dv == null || !dv.advanceExact(doc - ctx.docBase)) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < dv.docValueCount(); i++) {
                ids.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
            }
            out.put(doc, ids);
        }
        return out;
    }

    private static Map<String, Long> coCounts(IndexSearcher s, ScoreDoc[] docs, String id) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (Set<String> ids : entitySets(s, docs).values()) {
            for (String other : ids) {
                if (!other.equals(id)) {
                    counts.merge(other, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
        List<Map.Entry<String, Long>> all = new ArrayList<>(counts.entrySet());
        all.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(n, all.size()));
    }

    /** The roles the stored article gives the entity (through the article's own ids that map to it). */
    private static List<EntityPage.RoleRecord> roles(Document d, String id) throws IOException {
        JsonNode map = MAPPER.readTree(d.get(Fields.ENTITY_MAP));
        Set<String> local = new HashSet<>();
        Map<String, String> all = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> {
            all.put(e.getKey(), e.getValue().asText());
            if (e.getValue().asText().equals(id)) {
                local.add(e.getKey());
            }
        });
        if (local.isEmpty()) {
            return List.of();
        }
        JsonNode article = MAPPER.readTree(d.get(Fields.JSON));
        List<EntityPage.RoleRecord> out = new ArrayList<>();
        for (JsonNode r : article.path("roles")) {
            if (!local.contains(r.path("person").path("entity").asText(null))) {
                continue;
            }
            JsonNode party = r.path("party");
            out.add(new EntityPage.RoleRecord(text(r, "office"), text(r, "status"), text(r, "organization"),
                    party.isObject() ? text(party, "name") : null, d.get(Fields.DATE), d.get(Fields.ARTICLE_ID),
                    text(r, "text")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static ArticleRef ref(Document d) {
        return new ArticleRef(d.get(Fields.ARTICLE_ID), d.get(Fields.HEADLINE), d.get(Fields.DATE),
                d.get(Fields.AGENCY));
    }
}
