package dev.kulis.store.query;

import dev.kulis.store.index.Dates;
import dev.kulis.store.index.Fields;
import dev.kulis.store.search.FacetCount;
import dev.kulis.store.search.Facets;
import dev.kulis.store.search.SearchHit;
import dev.kulis.store.search.SearchRequest;
import dev.kulis.store.search.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Article search: the text query (blank = all, newest first), facet filters as a drill-down (values of one facet
 * OR-ed, facets AND-ed), a date range, one page of hits with highlighted snippets, and the top values of every
 * facet over all matches.
 */
public final class ArticleSearch {
    static final Query ARTICLES = new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_ARTICLE));
    static final Sort NEWEST = new Sort(new SortField(Fields.DATE_NUM, SortField.Type.LONG, true),
            new SortField(null, SortField.Type.DOC));
    private static final int FACET_TOP = 10;
    private static final int SNIPPET_FALLBACK = 240;
    private static final int SNIPPET_LENGTH = 160;
    /** Matches after this many characters of an article are not looked at for its snippet. */
    private static final int MAX_HIGHLIGHT = 20_000;
    private static final Set<String> BODY = Set.of(Fields.TEXT_SURFACE, Fields.TEXT_LEMMA, Fields.TEXT_FOLDED);

    private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.HEADLINE, Fields.DATE,
            Fields.AGENCY, Fields.CITY, Fields.CATEGORY, Fields.CLUSTER, Fields.TEXT_SURFACE);

    private final Searchers searchers;
    private final TextQueries text;
    private volatile AllFacets all;

    public ArticleSearch(Searchers searchers, TextQueries text) {
        this.searchers = searchers;
        this.text = text;
    }

    public SearchResult search(SearchRequest r) {
        Query textQuery = text.articles(r.query());
        boolean blank = textQuery instanceof MatchAllDocsQuery;
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(ARTICLES, Occur.FILTER);
        if (!blank) {
            base.add(textQuery, Occur.MUST);
        }
        Query range = dateRange(r.from(), r.to());
        if (range != null) {
            base.add(range, Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(searchers.config(), base.build());
        r.filters().forEach((dim, values) -> {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    query.add(dim, v.strip());
                }
            }
        });
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            int n = r.offset() + r.limit();
            FacetsCollectorManager.FacetsResult res = blank
                    ? FacetsCollectorManager.search(s, query, n, NEWEST, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager());
            FacetsCollector fc = res.facetsCollector();
            long total = 0;
            for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
                total += m.totalHits;
            }
            ScoreDoc[] all = res.topDocs().scoreDocs;
            ScoreDoc[] page = r.offset() >= all.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(all, r.offset(), all.length);
            String[] snippets = blank ? new String[page.length] : snippets(s, r.query(), page);
            List<SearchHit> hits = new ArrayList<>(page.length);
            StoredFields stored = s.storedFields();
            for (int i = 0; i < page.length; i++) {
                Document d = stored.document(page[i].doc, HIT_FIELDS);
                String snippet = snippets[i] != null ? snippets[i] : fallbackSnippet(d.get(Fields.TEXT_SURFACE));
                float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
                hits.add(new SearchHit(d.get(Fields.ARTICLE_ID), d.get(Fields.HEADLINE), snippet, d.get(Fields.DATE),
                        d.get(Fields.AGENCY), d.get(Fields.CITY), d.get(Fields.CATEGORY), d.get(Fields.CLUSTER),
                        score));
            }
            boolean everything = blank && range == null && r.filters().isEmpty();
            return new SearchResult(total, hits, everything ? allFacets(lease, fc) : facetCounts(lease.facets(), fc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] snippets(IndexSearcher s, String q, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, text.analyzer())
                .withMaskedFieldsFunc(field -> Fields.TEXT_SURFACE.equals(field) ? BODY : Set.of())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                // passages of about 160 characters around the matches, cut between words: the JDK sentence
                // iterator cost more than the rest of the search on long articles
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH, 0.5f))
                .withMaxLength(MAX_HIGHLIGHT)
                .build();
        TopDocs top = new TopDocs(new org.apache.lucene.search.TotalHits(page.length,
                org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
        try {
            return highlighter.highlight(Fields.TEXT_SURFACE, text.body(q), top, 1);
        } catch (IllegalArgumentException e) {
            return new String[page.length];
        }
    }

    /** The start of the text, HTML-escaped, when no passage matched (a headline-only or blank query). */
    static String fallbackSnippet(String body) {
        if (body == null) {
            return "";
        }
        String s = body.strip();
        if (s.length() > SNIPPET_FALLBACK) {
            int cut = s.lastIndexOf(' ', SNIPPET_FALLBACK);
            s = s.substring(0, cut > SNIPPET_FALLBACK / 2 ? cut : SNIPPET_FALLBACK) + "…";
        }
        return Html.escape(s);
    }

    /** Facet counts over every article: the same until the index changes, and the costliest to count. */
    private Map<String, List<FacetCount>> allFacets(Searchers.Lease lease, FacetsCollector fc) throws IOException {
        AllFacets cached = all;
        IndexReader reader = lease.searcher().getIndexReader();
        if (cached != null && cached.reader() == reader) {
            return cached.counts();
        }
        Map<String, List<FacetCount>> counts = facetCounts(lease.facets(), fc);
        all = new AllFacets(reader, counts);
        return counts;
    }

    private record AllFacets(IndexReader reader, Map<String, List<FacetCount>> counts) {
    }

    static Map<String, List<FacetCount>> facetCounts(SortedSetDocValuesReaderState state, FacetsCollector fc)
            throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : Facets.NAMES) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult fr = null;
            if (counts != null) {
                try {
                    fr = counts.getTopChildren(FACET_TOP, dim);
                } catch (IllegalArgumentException e) {
                    fr = null; // this facet has no value in the index yet
                }
            }
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    static Query dateRange(String from, String to) {
        long lo = from == null || from.isBlank() ? Long.MIN_VALUE : checked(from, false);
        long hi = to == null || to.isBlank() ? Long.MAX_VALUE : checked(to, true);
        if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
            return null;
        }
        return LongPoint.newRangeQuery(Fields.DATE_NUM, lo, hi);
    }

    private static long checked(String iso, boolean end) {
        long n = Dates.bound(iso, end);
        if (n < 0) {
            throw new IllegalArgumentException("not an ISO date (2019, 2019-01 or 2019-01-15): " + iso);
        }
        return n;
    }
}
