package dev.kulis.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kulis.model.Article;
import dev.kulis.store.cluster.StoryCluster;
import dev.kulis.store.index.ArticleDocuments;
import dev.kulis.store.index.Fields;
import dev.kulis.store.index.IndexRestore;
import dev.kulis.store.index.LinkedArticle;
import dev.kulis.store.index.Snapshot;
import dev.kulis.store.link.Links;
import dev.kulis.store.query.ArticleSearch;
import dev.kulis.store.query.EntityQueries;
import dev.kulis.store.query.QuoteSearch;
import dev.kulis.store.query.Searchers;
import dev.kulis.store.query.TextQueries;
import dev.kulis.store.registry.EntityGraph;
import dev.kulis.store.registry.EntityPage;
import dev.kulis.store.registry.EntitySummary;
import dev.kulis.store.search.QuoteRequest;
import dev.kulis.store.search.QuoteResult;
import dev.kulis.store.search.SearchRequest;
import dev.kulis.store.search.SearchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A Kulis archive in one folder: the Lucene index ({@code index/}, the source of truth) and a registry snapshot
 * ({@value #REGISTRY_SNAPSHOT}) saved after each commit and tagged with it. Opening rebuilds what a missing or
 * stale snapshot lacks from the index, and restores the story clusters from the stored signatures.
 *
 * <p>Opened for writing ({@link #open}) it also {@linkplain #link links} and {@linkplain #put puts} articles:
 * each article is one block of documents replaced atomically by id, so putting twice never duplicates; an article
 * whose hash is unchanged need not be annotated again ({@link #storedHash}). {@link #commit} makes everything put
 * so far durable. Opened {@linkplain #openReadOnly read-only} it serves queries on the last commit while another
 * process may be writing. Thread-safe.
 */
public final class LuceneArchive implements Archive {
    public static final String INDEX = "index";
    public static final String REGISTRY_SNAPSHOT = "registry.snapshot";
    static final String COMMIT_TAG = "kulis.commit";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final TextQueries text = new TextQueries();
    private final Searchers searchers;
    private final Links links;
    private final ArticleDocuments documents;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private volatile boolean restored;
    private final ArticleSearch articleSearch;
    private final QuoteSearch quoteSearch;
    private final EntityQueries entityQueries;

    private LuceneArchive(Path dir, boolean write) throws IOException {
        this.dir = dir;
        Path indexDir = dir.resolve(INDEX);
        if (write) {
            Files.createDirectories(indexDir);
        } else if (!Files.isDirectory(indexDir)) {
            throw new IOException("no Kulis archive in " + dir + " (run kulis ingest first)");
        }
        this.directory = FSDirectory.open(indexDir);
        FacetsConfig config = ArticleDocuments.facetsConfig();
        this.links = Links.fresh();
        this.documents = new ArticleDocuments(config, links::summary);
        if (write) {
            IndexWriterConfig iwc = new IndexWriterConfig(text.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128)
                    .setUseCompoundFile(false) // flushed segments are not copied once more into a compound file
                    .setCommitOnClose(true); // only reached with nothing uncommitted: see close()
            iwc.getMergePolicy().setNoCFSRatio(0.0);
            this.writer = new IndexWriter(directory, iwc);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            this.searchers = new Searchers(new SearcherManager(writer, new SearcherFactory()), config);
        } else {
            this.writer = null;
            this.searchers = new Searchers(new SearcherManager(directory, new SearcherFactory()), config);
        }
        this.articleSearch = new ArticleSearch(searchers, text);
        this.quoteSearch = new QuoteSearch(searchers, text);
        this.entityQueries = new EntityQueries(searchers, links, quoteSearch);
        restore(write);
    }

    /** Opens (or creates) the archive in {@code dir} for reading and writing (one writer per folder). */
    public static LuceneArchive open(Path dir) throws IOException {
        return new LuceneArchive(dir, true);
    }

    /** Opens an existing archive for queries only, as of its last commit. */
    public static LuceneArchive openReadOnly(Path dir) throws IOException {
        return new LuceneArchive(dir, false);
    }

    public Path folder() {
        return dir;
    }

    // --- write side -------------------------------------------------------------------------------------------

    /** The hash the archive holds for an article id (put or committed), if any. */
    public Optional<String> storedHash(String id) {
        return Optional.ofNullable(hashes.get(id));
    }

    /** Resolves the annotated article's entities to registry ids and assigns its story cluster. Thread-safe. */
    public LinkedArticle link(Article annotated, String hash) {
        Links l = linked();
        List<String> ids = l.resolve(annotated);
        long[] signature = l.signature(annotated);
        String cluster = l.assign(annotated.id(), signature);
        return new LinkedArticle(annotated, hash, ids, cluster, signature);
    }

    /** Adds the article, replacing every document of an earlier version at once. Thread-safe. */
    public void put(LinkedArticle linked) {
        requireWriter();
        try {
            writer.updateDocuments(new Term(Fields.ARTICLE_ID, linked.article().id()), documents.build(linked));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hashes.put(linked.article().id(), linked.hash());
    }

    /**
     * Links and puts one article (what the HTTP API's writer needs): {@code read} is the article as read, whose hash
     * recognises an unchanged re-post; returns false, storing nothing, when the archive holds it unchanged.
     * Searches see it at once; {@link #commit} makes it durable.
     */
    public boolean store(Article read, Article annotated) {
        String hash = dev.kulis.store.ingest.ContentHash.of(read);
        if (hash.equals(hashes.get(read.id()))) {
            return false;
        }
        put(link(annotated, hash));
        return true;
    }

    /**
     * Makes every article whose {@link #put} returned before this call durable, then saves the registry snapshot
     * tagged with this commit.
     */
    public synchronized void commit() {
        requireWriter();
        Links l = linked(); // the snapshot must hold the whole registry, not only what this session learnt
        String tag = UUID.randomUUID().toString();
        try {
            writer.setLiveCommitData(Map.of(COMMIT_TAG, tag).entrySet());
            writer.commit();
            // copied to memory first: the registry's lock holds resolving workers back only that long, not
            // for the disk write
            java.io.ByteArrayOutputStream state = new java.io.ByteArrayOutputStream(1 << 20);
            l.write(state);
            Snapshot.write(dir.resolve(REGISTRY_SNAPSHOT), tag, state::writeTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("archive opened read-only: " + dir);
        }
    }

    // --- opening ----------------------------------------------------------------------------------------------

    /** Loads id → hash (for writing); the registry and clusters are restored on first need ({@link #linked}). */
    private void restore(boolean write) throws IOException {
        if (write) {
            try (Searchers.Lease lease = searchers.acquire()) {
                IndexRestore.hashes(lease.searcher().getIndexReader(), hashes);
            }
        }
    }

    /**
     * The registry and clusters, restored once: the registry from its snapshot when it belongs to the last commit,
     * else re-learnt from every stored article; the clusters from the stored signatures. Queries that need neither
     * (search, quotes, articles) never wait for this.
     */
    private Links linked() {
        if (!restored) {
            synchronized (this) {
                if (!restored) {
                    try {
                        restoreLinks();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    restored = true;
                }
            }
        }
        return links;
    }

    private void restoreLinks() throws IOException {
        String tag = SegmentInfos.readLatestCommit(directory).getUserData().get(COMMIT_TAG);
        boolean registryRead = false;
        Optional<InputStream> snapshot = Snapshot.open(dir.resolve(REGISTRY_SNAPSHOT), tag);
        if (snapshot.isPresent()) {
            try (InputStream in = snapshot.get()) {
                registryRead = links.read(in);
            }
        }
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexRestore.links(lease.searcher().getIndexReader(), links, !registryRead);
        }
    }

    // --- read side --------------------------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchRequest request) {
        return articleSearch.search(request);
    }

    /** The stored annotate JSON, each entity with its archive-wide registry id added as {@code archive_id}. */
    @Override
    public Optional<String> articleJson(String id) {
        return firstArticle(id).map(d -> withArchiveIds(d.get(Fields.JSON), d.get(Fields.ENTITY_MAP)));
    }

    private static String withArchiveIds(String json, String entityMap) {
        if (entityMap == null || entityMap.equals("{}")) {
            return json;
        }
        try {
            JsonNode ids = MAPPER.readTree(entityMap);
            ObjectNode article = (ObjectNode) MAPPER.readTree(json);
            for (JsonNode e : article.path("entities")) {
                JsonNode archiveId = ids.get(e.path("id").asText());
                if (archiveId != null && archiveId.isTextual()) {
                    ((ObjectNode) e).put("archive_id", archiveId.asText());
                }
            }
            return MAPPER.writeValueAsString(article);
        } catch (IOException e) {
            throw new UncheckedIOException("stored article JSON unreadable", e);
        }
    }

    private Optional<Document> firstArticle(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), Occur.FILTER).build();
        try (Searchers.Lease lease = searchers.acquire()) {
            TopDocs top = lease.searcher().search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(lease.searcher().storedFields().document(top.scoreDocs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<EntitySummary> entities(String query, int limit) {
        checkLimit(limit);
        linked();
        return entityQueries.entities(query, limit);
    }

    @Override
    public Optional<EntityPage> entity(String id) {
        linked();
        return id == null ? Optional.empty() : entityQueries.entity(id);
    }

    @Override
    public QuoteResult quotes(QuoteRequest request) {
        return quoteSearch.search(request);
    }

    @Override
    public Optional<StoryCluster> cluster(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.CLUSTER, id)), Occur.FILTER).build();
        Sort oldest = new Sort(new SortField(Fields.DATE_NUM, SortField.Type.LONG),
                new SortField(null, SortField.Type.DOC));
        try (Searchers.Lease lease = searchers.acquire()) {
            TopDocs top = lease.searcher().search(q, 1000, oldest);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            List<ArticleRef> refs = new ArrayList<>();
            StoredFields stored = lease.searcher().storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                refs.add(EntityQueries.ref(stored.document(sd.doc)));
            }
            return Optional.of(new StoryCluster(id, refs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public EntityGraph graph(String entityId, int limit) {
        checkLimit(limit);
        linked();
        return entityQueries.graph(entityId, limit);
    }

    @Override
    public long size() {
        try (Searchers.Lease lease = searchers.acquire()) {
            return lease.searcher().count(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code visitor} on every stored article document (for exports), in index order. */
    public void forEachArticle(java.util.function.Consumer<Document> visitor) {
        forEach(Fields.TYPE_ARTICLE, visitor);
    }

    /** Runs {@code visitor} on every stored quote document (for exports), in index order. */
    public void forEachQuote(java.util.function.Consumer<Document> visitor) {
        forEach(Fields.TYPE_QUOTE, visitor);
    }

    private void forEach(String type, java.util.function.Consumer<Document> visitor) {
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            Query q = new TermQuery(new Term(Fields.DOC_TYPE, type));
            var weight = s.createWeight(s.rewrite(q), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                var scorer = weight.scorer(ctx);
                if (scorer == null) {
                    continue;
                }
                Bits live = ctx.reader().getLiveDocs();
                StoredFields stored = ctx.reader().storedFields();
                var it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                     doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        visitor.accept(stored.document(doc));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of every article matching a query (as {@link #search} reads it), for measuring recall. */
    public java.util.Set<String> matchingIds(String query) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER)
                .add(text.articles(query), Occur.MUST).build();
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            int n = Math.max(1, s.count(q));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(q, n).scoreDocs) {
                ids.add(stored.document(sd.doc, java.util.Set.of(Fields.ARTICLE_ID)).get(Fields.ARTICLE_ID));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** Every entity of the archive with its article count, most mentioned first (for exports). */
    public List<EntitySummary> allEntities() {
        linked();
        return entityQueries.all();
    }

    /** The registry's view of an entity (for exports). */
    public Optional<EntitySummary> summary(String entityId) {
        return linked().summary(entityId);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + SearchRequest.MAX_LIMIT + ": " + limit);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer != null) {
                if (writer.hasUncommittedChanges()) {
                    writer.rollback(); // anything not committed is dropped, as a crash would
                } else {
                    // nothing is lost either way; closing finishes the merges a long ingest left behind, so queries
                    // see a few large segments rather than one per flush, and commits them under the last tag
                    writer.maybeMerge();
                    writer.close();
                }
            }
        } finally {
            searchers.close();
            text.close();
            directory.close();
        }
    }
}
