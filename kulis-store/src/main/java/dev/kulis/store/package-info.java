/**
 * The embedded store: a Kulis archive in one folder ({@link dev.kulis.store.LuceneArchive}, which implements the
 * read interface {@link dev.kulis.store.Archive}).
 *
 * <ul>
 *   <li>{@code …store.index}: what an article becomes in Lucene (one block: the article document and one document
 *       per quote), fields indexed from the article's own tokens, the registry snapshot file;</li>
 *   <li>{@code …store.query}: article search with facets and snippets, quote search, entity pages and the graph;</li>
 *   <li>{@code …store.ingest}: reading sources into the archive on every core, commits, progress, crash safety;</li>
 *   <li>{@code …store.link}: the one door to the entity registry and the story clusters;</li>
 *   <li>{@code …store.export}: JSON Lines and CSV exports;</li>
 *   <li>{@code …store.analysis}: the Turkish analysis chains queries go through.</li>
 * </ul>
 */
package dev.kulis.store;
