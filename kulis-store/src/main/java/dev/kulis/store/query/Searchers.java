package dev.kulis.store.query;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * Hands out up-to-date searchers (refreshed before each lease, so a query sees everything added before it began)
 * and the facet state of the searcher's reader, built once per reader. Thread-safe.
 */
public final class Searchers implements Closeable {
    private final ReferenceManager<IndexSearcher> manager;
    private final FacetsConfig config;
    private volatile FacetState facets;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public Searchers(ReferenceManager<IndexSearcher> manager, FacetsConfig config) {
        this.manager = manager;
        this.config = config;
    }

    /** One searcher for one query; close the lease when done. */
    public final class Lease implements AutoCloseable {
        private final IndexSearcher searcher;

        private Lease(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        public IndexSearcher searcher() {
            return searcher;
        }

        /** The facet state, or null while no article has a facet value. */
        public SortedSetDocValuesReaderState facets() {
            IndexReader reader = searcher.getIndexReader();
            FacetState f = facets;
            if (f != null && f.reader() == reader) {
                return f.state();
            }
            synchronized (Searchers.this) {
                f = facets;
                if (f != null && f.reader() == reader) {
                    return f.state();
                }
                SortedSetDocValuesReaderState state;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                } catch (IllegalArgumentException e) {
                    state = null; // no facet values indexed yet
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                facets = new FacetState(reader, state);
                return state;
            }
        }

        @Override
        public void close() {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public Lease acquire() {
        try {
            manager.maybeRefreshBlocking();
            return new Lease(manager.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FacetsConfig config() {
        return config;
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
