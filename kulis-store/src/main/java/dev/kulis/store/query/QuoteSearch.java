package dev.kulis.store.query;

import dev.kulis.store.index.Fields;
import dev.kulis.store.search.QuoteHit;
import dev.kulis.store.search.QuoteRequest;
import dev.kulis.store.search.QuoteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Quote search: by speaker name in any form and/or words of the quote; newest first unless words rank them. */
public final class QuoteSearch {
    static final Query QUOTES = new TermQuery(new Term(Fields.DOC_TYPE, Fields.TYPE_QUOTE));
    /** Newest first, then in text order within an article. */
    static final Sort NEWEST = new Sort(new SortField(Fields.DATE_NUM, SortField.Type.LONG, true),
            new SortField(Fields.QUOTE_ORDER, SortField.Type.LONG), new SortField(null, SortField.Type.DOC));

    private final Searchers searchers;
    private final TextQueries text;

    public QuoteSearch(Searchers searchers, TextQueries text) {
        this.searchers = searchers;
        this.text = text;
    }

    public QuoteResult search(QuoteRequest r) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER);
        if (!r.speaker().isBlank()) {
            q.add(text.speakers(r.speaker()), Occur.MUST);
        }
        boolean ranked = !r.query().isBlank();
        if (ranked) {
            q.add(text.quotes(r.query()), Occur.MUST);
        }
        return run(q.build(), ranked, r.limit(), r.offset());
    }

    /** The quotes of one registry entity, newest first. */
    public QuoteResult bySpeaker(String entityId, int limit) {
        Query q = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SPEAKER_ID, entityId)), Occur.FILTER).build();
        return run(q, false, limit, 0);
    }

    private QuoteResult run(Query q, boolean ranked, int limit, int offset) {
        try (Searchers.Lease lease = searchers.acquire()) {
            IndexSearcher s = lease.searcher();
            int n = offset + limit;
            TopDocs top = ranked ? s.search(q, n) : s.search(q, n, NEWEST);
            long total = s.count(q);
            List<QuoteHit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            ScoreDoc[] sd = top.scoreDocs;
            for (int i = offset; i < sd.length; i++) {
                hits.add(hit(stored.document(sd[i].doc)));
            }
            return new QuoteResult(total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quote hit from a stored quote document. */
    public static QuoteHit hit(Document d) {
        String sid = d.get(Fields.SPEAKER_ID);
        String name = d.get(Fields.SPEAKER_NAME);
        QuoteHit.Speaker speaker = sid == null && name == null ? null : new QuoteHit.Speaker(sid, name);
        return new QuoteHit(d.get(Fields.QUOTE_TEXT), d.get(Fields.QUOTE_KIND), speaker, d.get(Fields.QUOTE_CUE),
                d.get(Fields.ARTICLE_ID), d.get(Fields.HEADLINE), d.get(Fields.DATE),
                d.getField(Fields.QUOTE_START).numericValue().intValue(),
                d.getField(Fields.QUOTE_END).numericValue().intValue());
    }
}
