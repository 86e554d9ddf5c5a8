package dev.kulis.store;

import dev.kulis.store.cluster.StoryCluster;
import dev.kulis.store.registry.EntityGraph;
import dev.kulis.store.registry.EntityPage;
import dev.kulis.store.registry.EntitySummary;
import dev.kulis.store.search.QuoteRequest;
import dev.kulis.store.search.QuoteResult;
import dev.kulis.store.search.SearchRequest;
import dev.kulis.store.search.SearchResult;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * The read side of a Kulis archive: what the HTTP API, the web UI and the {@code search}/{@code export} commands ask
 * of the store. Implementations are thread-safe; every query sees what was committed or added before it began.
 *
 * <p>Arguments are checked at this boundary: a bad limit, offset or query throws {@link IllegalArgumentException}
 * with a message fit for an API error; an unknown id gives an empty {@link Optional}.
 */
public interface Archive extends Closeable {

    /** Full-text search over headlines and bodies (Turkish-aware: suffixes, lemmas, letters typed without Turkish
     * characters), filtered by facet values, with highlighted snippets and facet counts. */
    SearchResult search(SearchRequest request);

    /** The annotate JSON of one article (the {@code kulis annotate} object, tokens left out). */
    Optional<String> articleJson(String id);

    /** Entities of the whole archive whose name or any alias matches {@code query} in any suffix form, most
     * mentioned first; an empty query lists the most mentioned. */
    List<EntitySummary> entities(String query, int limit);

    /** One entity across the archive: roles over time, statements, co-mentioned entities, articles. */
    Optional<EntityPage> entity(String id);

    /** Quotes by speaker (matched by name in any form, as search is) and/or by words in the quote. */
    QuoteResult quotes(QuoteRequest request);

    /** The copies of one story (cluster ids are the id of the story's first copy). */
    Optional<StoryCluster> cluster(String id);

    /** Who quotes, meets and mentions whom around one entity ({@code entityId} null: the most connected
     * entities of the archive), at most {@code limit} nodes. */
    EntityGraph graph(String entityId, int limit);

    /** Number of articles in the archive. */
    long size();
}
