package dev.kulis.store;

import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.store.analysis.TurkishAnalyzers;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An embedded Lucene index of annotated articles in one directory.
 *
 * <p>Each article is one document keyed by its id ({@link #add} replaces an earlier version, so adding twice does
 * not duplicate), with its JSON ({@link ArticleJson}, tokens left out) stored and its headline and text analysed
 * three ways by {@link TurkishAnalyzers}: {@value #SURFACE} (as written), {@value #LEMMA} (lemmas) and
 * {@value #FOLDED} (lemmas without Turkish letters). A query goes through the same analyzers over the three fields,
 * surface matches weighing most; {@code "quoted words"} are phrases.
 *
 * <p>Searches see added articles at once, committed or not; {@link #commit()} makes them durable. Thread-safe.
 */
public final class ArticleIndex implements Closeable {
    public static final String ID = "id";
    public static final String JSON = "json";
    public static final String HEADLINE = "headline";
    public static final String SURFACE = "text_surface";
    public static final String LEMMA = "text_lemma";
    public static final String FOLDED = "text_folded";

    private static final String[] FIELDS = {SURFACE, LEMMA, FOLDED};
    private static final Map<String, Float> BOOSTS = Map.of(SURFACE, 3f, LEMMA, 2f, FOLDED, 1f);

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleJson json = new ArticleJson(false);

    /** Opens (or creates) the index in {@code path}. */
    public ArticleIndex(Path path) throws IOException {
        this.directory = FSDirectory.open(path);
        this.analyzer = new PerFieldAnalyzerWrapper(TurkishAnalyzers.surface(),
                Map.of(SURFACE, TurkishAnalyzers.surface(), LEMMA, TurkishAnalyzers.lemma(),
                        FOLDED, TurkishAnalyzers.folded()));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Adds the article, replacing any article with the same id. */
    public void add(Article article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        String headline = headline(article);
        doc.add(new StoredField(HEADLINE, headline));
        doc.add(new StoredField(JSON, json.toLine(article)));
        String body = article.text();
        String meta = article.metadata().headline();
        String text = meta == null || meta.isBlank() || body.contains(meta) ? body : meta + "\n\n" + body;
        for (String field : FIELDS) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
        try {
            writer.updateDocument(new Term(ID, article.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything added so far durable. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of articles in the index (added ones included, committed or not). */
    public int size() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best {@code limit} articles for a query in Lucene's classic syntax (all words required by default,
     * {@code "…"} for phrases), best first.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    public List<ArticleHit> search(String query, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        Query q = parse(query);
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(q, limit);
                List<ArticleHit> hits = new ArrayList<>(top.scoreDocs.length);
                var stored = s.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    hits.add(new ArticleHit(d.get(ID), d.get(HEADLINE), sd.score));
                }
                return List.copyOf(hits);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query as the index runs it (for explaining and testing). */
    Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query: " + query + " (" + e.getMessage() + ")", e);
        }
    }

    static String headline(Article article) {
        String h = article.metadata().headline();
        if (h != null && !h.isBlank()) {
            return h.strip();
        }
        for (String line : article.text().split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            analyzer.close();
            directory.close();
        }
    }
}
