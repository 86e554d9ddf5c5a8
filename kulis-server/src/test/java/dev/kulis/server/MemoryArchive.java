package dev.kulis.server;

import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Event;
import dev.kulis.model.Mention;
import dev.kulis.model.Quote;
import dev.kulis.model.Role;
import dev.kulis.store.Archive;
import dev.kulis.store.ArticleRef;
import dev.kulis.store.cluster.StoryCluster;
import dev.kulis.store.registry.EntityGraph;
import dev.kulis.store.registry.EntityPage;
import dev.kulis.store.registry.EntitySummary;
import dev.kulis.store.search.FacetCount;
import dev.kulis.store.search.Facets;
import dev.kulis.store.search.QuoteHit;
import dev.kulis.store.search.QuoteRequest;
import dev.kulis.store.search.QuoteResult;
import dev.kulis.store.search.SearchHit;
import dev.kulis.store.search.SearchRequest;
import dev.kulis.store.search.SearchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small archive held in memory, for the server's tests: the {@link Archive} contract done simply (word-prefix
 * matching with Turkish letters folded stands in for Lucene's analysis; entity ids are the articles' own).
 * It is also an {@link ArticleSink}, so posted articles become searchable.
 */
final class MemoryArchive implements Archive, ArticleSink {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Locale TR = Locale.forLanguageTag("tr");

    private final List<Article> articles = new CopyOnWriteArrayList<>();
    private final ArticleJson json = new ArticleJson(false);

    MemoryArchive(List<Article> annotated) {
        articles.addAll(annotated);
    }

    @Override
    public void ingest(List<Posted> posted) {
        add(posted.stream().map(Posted::annotated).toList());
    }

    /** Adds annotated articles, replacing any with the same id. */
    synchronized void add(List<Article> annotated) {
        for (Article a : annotated) {
            articles.removeIf(old -> old.id().equals(a.id()));
            articles.add(a);
        }
    }

    // ---- search

    @Override
    public SearchResult search(SearchRequest request) {
        List<String> words = words(request.query());
        List<Article> matched = newestFirst().stream()
                .filter(a -> words.stream().allMatch(w -> words(headline(a) + " " + a.text()).stream()
                        .anyMatch(t -> t.startsWith(w))))
                .filter(a -> request.filters().entrySet().stream().allMatch(f -> facetValues(a)
                        .getOrDefault(f.getKey(), Set.of()).stream().anyMatch(v -> f.getValue().stream()
                                .anyMatch(v::equalsIgnoreCase))))
                .filter(a -> request.from() == null || date(a).compareTo(request.from()) >= 0)
                .filter(a -> request.to() == null || date(a).substring(0, Math.min(date(a).length(),
                        request.to().length())).compareTo(request.to()) <= 0)
                .toList();
        List<SearchHit> hits = page(matched, request.offset(), request.limit()).stream()
                .map(a -> new SearchHit(a.id(), headline(a), snippet(a.text(), words), a.metadata().date(),
                        a.metadata().agency(), a.metadata().city(), a.metadata().category(), a.id(), 1f))
                .toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : Facets.NAMES) {
            Map<String, Long> counts = new HashMap<>();
            for (Article a : matched) {
                facetValues(a).getOrDefault(facet, Set.of()).forEach(v -> counts.merge(v, 1L, Long::sum));
            }
            facets.put(facet, counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
        }
        return new SearchResult(matched.size(), hits, facets);
    }

    private static Map<String, Set<String>> facetValues(Article a) {
        Map<String, Set<String>> v = new HashMap<>();
        for (Entity e : a.entities()) {
            String facet = switch (e.type()) {
                case "PERSON" -> Facets.PERSON;
                case "ORGANIZATION" -> Facets.ORGANIZATION;
                case "LOCATION" -> Facets.PLACE;
                default -> null;
            };
            if (facet != null) {
                v.computeIfAbsent(facet, k -> new LinkedHashSet<>()).add(e.name());
            }
        }
        for (Quote q : a.quotes()) {
            if (q.speaker() != null) {
                v.computeIfAbsent(Facets.SPEAKER, k -> new LinkedHashSet<>()).add(q.speaker().name());
            }
        }
        for (Role r : a.roles()) {
            if (r.office() != null) {
                v.computeIfAbsent(Facets.OFFICE, k -> new LinkedHashSet<>()).add(r.office());
            }
            if (r.party() != null) {
                v.computeIfAbsent(Facets.PARTY, k -> new LinkedHashSet<>()).add(r.party().name());
            }
        }
        put(v, Facets.CITY, a.metadata().city());
        put(v, Facets.AGENCY, a.metadata().agency());
        put(v, Facets.CATEGORY, a.metadata().category());
        put(v, Facets.MONTH, a.metadata().date() == null || a.metadata().date().length() < 7 ? null
                : a.metadata().date().substring(0, 7));
        return v;
    }

    private static void put(Map<String, Set<String>> v, String facet, String value) {
        if (value != null && !value.isBlank()) {
            v.computeIfAbsent(facet, k -> new LinkedHashSet<>()).add(value);
        }
    }

    /** Some 200 characters around the first matched word, escaped, matched words in {@code <mark>}. */
    static String snippet(String text, List<String> words) {
        int at = 0;
        Matcher m = WORD.matcher(text);
        while (!words.isEmpty() && m.find()) {
            String t = fold(m.group());
            if (words.stream().anyMatch(t::startsWith)) {
                at = m.start();
                break;
            }
        }
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), from + 200);
        String window = text.substring(from, to).replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        Matcher w = WORD.matcher(window);
        int last = 0;
        while (w.find()) {
            out.append(escape(window.substring(last, w.start())));
            String t = w.group();
            boolean hit = words.stream().anyMatch(fold(t)::startsWith);
            out.append(hit ? "<mark>" : "").append(escape(t)).append(hit ? "</mark>" : "");
            last = w.end();
        }
        out.append(escape(window.substring(last))).append(to < text.length() ? "…" : "");
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- articles, clusters

    @Override
    public Optional<String> articleJson(String id) {
        return find(id).map(json::toLine);
    }

    @Override
    public Optional<StoryCluster> cluster(String id) {
        return find(id).map(a -> new StoryCluster(a.id(), List.of(ref(a))));
    }

    @Override
    public long size() {
        return articles.size();
    }

    // ---- entities

    @Override
    public List<EntitySummary> entities(String query, int limit) {
        List<String> words = words(query.contains("'") ? query.substring(0, query.indexOf('\'')) : query);
        return summaries().values().stream()
                .filter(s -> words.isEmpty() || names(s).stream().anyMatch(n -> words.stream()
                        .allMatch(w -> words(n).stream().anyMatch(t -> t.startsWith(w)))))
                .sorted(Comparator.comparingLong(EntitySummary::articles).reversed()
                        .thenComparing(EntitySummary::name))
                .limit(limit).toList();
    }

    @Override
    public Optional<EntityPage> entity(String id) {
        EntitySummary summary = summaries().get(id);
        if (summary == null) {
            return Optional.empty();
        }
        List<EntityPage.RoleRecord> roles = new ArrayList<>();
        Map<String, Long> shared = new HashMap<>();
        List<ArticleRef> refs = new ArrayList<>();
        for (Article a : newestFirst()) {
            if (a.entities().stream().noneMatch(e -> e.id().equals(id))) {
                continue;
            }
            refs.add(ref(a));
            a.entities().stream().filter(e -> NAMED.contains(e.type()) && !e.id().equals(id))
                    .forEach(e -> shared.merge(e.id(), 1L, Long::sum));
            for (Role r : a.roles()) {
                if (r.person() != null && id.equals(r.person().entity())) {
                    roles.add(new EntityPage.RoleRecord(r.office(), r.status(), r.organization(),
                            r.party() == null ? null : r.party().name(), a.metadata().date(), a.id(), r.text()));
                }
            }
        }
        roles.sort(Comparator.comparing(r -> r.date() == null ? "" : r.date()));
        Map<String, EntitySummary> all = summaries();
        List<EntityPage.Comention> comentions = shared.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new EntityPage.Comention(all.get(e.getKey()), e.getValue())).toList();
        List<QuoteHit> quotes = allQuotes().stream()
                .filter(q -> q.speaker() != null && id.equals(q.speaker().entity())).toList();
        return Optional.of(new EntityPage(summary, roles, quotes, comentions, refs));
    }

    private Map<String, EntitySummary> summaries() {
        Map<String, String> type = new HashMap<>();
        Map<String, String> name = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Long> count = new HashMap<>();
        for (Article a : articles) {
            for (Entity e : a.entities()) {
                if (!NAMED.contains(e.type())) {
                    continue;
                }
                type.putIfAbsent(e.id(), e.type());
                name.merge(e.id(), e.name(), (x, y) -> y.length() > x.length() ? y : x);
                Set<String> al = aliases.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
                al.addAll(e.aliases());
                e.mentions().stream().map(Mention::base).forEach(al::add);
                count.merge(e.id(), 1L, Long::sum);
            }
        }
        Map<String, EntitySummary> out = new TreeMap<>();
        for (String id : type.keySet()) {
            List<String> al = aliases.get(id).stream().filter(s -> !s.equals(name.get(id))).toList();
            out.put(id, new EntitySummary(id, type.get(id), name.get(id), al, count.get(id)));
        }
        return out;
    }

    private static List<String> names(EntitySummary s) {
        List<String> n = new ArrayList<>(s.aliases());
        n.add(s.name());
        return n;
    }

    // ---- quotes

    @Override
    public QuoteResult quotes(QuoteRequest request) {
        List<String> speaker = words(request.speaker().contains("'")
                ? request.speaker().substring(0, request.speaker().indexOf('\'')) : request.speaker());
        List<String> words = words(request.query());
        Map<String, EntitySummary> all = summaries();
        Predicate<QuoteHit> bySpeaker = q -> speaker.isEmpty() || q.speaker() != null && Optional
                .ofNullable(all.get(q.speaker().entity())).map(MemoryArchive::names).orElse(List.of(q.speaker().name()))
                .stream().anyMatch(n -> speaker.stream().allMatch(w -> words(n).stream().anyMatch(t -> t.startsWith(w))));
        List<QuoteHit> matched = allQuotes().stream().filter(bySpeaker)
                .filter(q -> words.stream().allMatch(w -> words(q.text()).stream().anyMatch(t -> t.startsWith(w))))
                .toList();
        return new QuoteResult(matched.size(), page(matched, request.offset(), request.limit()));
    }

    private List<QuoteHit> allQuotes() {
        List<QuoteHit> out = new ArrayList<>();
        for (Article a : newestFirst()) {
            for (Quote q : a.quotes()) {
                out.add(new QuoteHit(q.text(), q.kind(), q.speaker() == null ? null
                        : new QuoteHit.Speaker(q.speaker().entity(), q.speaker().name()), q.cue(), a.id(),
                        headline(a), a.metadata().date(), q.start(), q.end()));
            }
        }
        return out;
    }

    // ---- graph

    @Override
    public EntityGraph graph(String entityId, int limit) {
        Map<String, EntitySummary> all = summaries();
        Map<List<String>, Long> edges = new LinkedHashMap<>();
        for (Article a : articles) {
            List<String> ids = a.entities().stream().filter(e -> NAMED.contains(e.type())).map(Entity::id).sorted()
                    .toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    edges.merge(List.of(ids.get(i), ids.get(j), "mentions"), 1L, Long::sum);
                }
            }
            for (Quote q : a.quotes()) {
                if (q.speaker() != null && q.addressee() != null) {
                    edges.merge(List.of(q.speaker().entity(), q.addressee().entity(), "quotes"), 1L, Long::sum);
                }
            }
            for (Event e : a.events()) {
                List<EntityRef> p = e.participants();
                for (int i = 0; i < p.size(); i++) {
                    for (int j = i + 1; j < p.size(); j++) {
                        edges.merge(List.of(p.get(i).entity(), p.get(j).entity(), "meets"), 1L, Long::sum);
                    }
                }
            }
        }
        edges.keySet().removeIf(k -> !all.containsKey(k.get(0)) || !all.containsKey(k.get(1)));
        Set<String> chosen = new LinkedHashSet<>();
        if (entityId != null) {
            chosen.add(entityId);
            edges.entrySet().stream().filter(e -> e.getKey().contains(entityId))
                    .sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed())
                    .forEach(e -> chosen.add(e.getKey().get(0).equals(entityId) ? e.getKey().get(1) : e.getKey().get(0)));
        } else {
            all.values().stream().sorted(Comparator.comparingLong(EntitySummary::articles).reversed())
                    .forEach(s -> chosen.add(s.id()));
        }
        List<String> nodes = chosen.stream().limit(limit).toList();
        return new EntityGraph(
                nodes.stream().map(all::get).map(s -> new EntityGraph.Node(s.id(), s.type(), s.name(), s.articles()))
                        .toList(),
                edges.entrySet().stream().filter(e -> nodes.contains(e.getKey().get(0))
                                && nodes.contains(e.getKey().get(1)))
                        .map(e -> new EntityGraph.Edge(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                                e.getValue())).toList());
    }

    // ---- helpers

    private Optional<Article> find(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private List<Article> newestFirst() {
        return articles.stream().sorted(Comparator.comparing(MemoryArchive::date).reversed()
                .thenComparing(Article::id)).toList();
    }

    private static String date(Article a) {
        return a.metadata().date() == null ? "" : a.metadata().date();
    }

    private static ArticleRef ref(Article a) {
        return new ArticleRef(a.id(), headline(a), a.metadata().date(), a.metadata().agency());
    }

    static String headline(Article a) {
        String h = a.metadata().headline() != null ? a.metadata().headline()
                : a.metadata().lead() != null ? a.metadata().lead() : a.text().strip().lines().findFirst().orElse("");
        return h.length() <= 120 ? h : h.substring(0, h.lastIndexOf(' ', 120)) + "…";
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(fold(m.group()));
        }
        return out;
    }

    /** Lower case the Turkish way, then without Turkish letters, so {@code AKSOY}, {@code aksoy} and
     * {@code Aksoy'un} meet. */
    static String fold(String s) {
        String lower = s.toLowerCase(TR);
        StringBuilder b = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            b.append(switch (c) {
                case 'ç' -> 'c';
                case 'ğ' -> 'g';
                case 'ı' -> 'i';
                case 'ö' -> 'o';
                case 'ş' -> 's';
                case 'ü' -> 'u';
                case 'â' -> 'a';
                case 'î' -> 'i';
                case 'û' -> 'u';
                default -> c;
            });
        }
        return b.toString();
    }

    @Override
    public void close() {
    }
}
