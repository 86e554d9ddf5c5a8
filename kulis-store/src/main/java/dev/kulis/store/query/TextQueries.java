package dev.kulis.store.query;

import dev.kulis.store.analysis.TurkishAnalyzers;
import dev.kulis.store.index.Fields;
import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into Lucene queries over the surface, lemma and folded fields, each analysed by its
 * {@link TurkishAnalyzers} chain: all words required, {@code "…"} a phrase, a word matching in any of the three
 * forms (exact forms weigh most). Also the analyzer the index writer uses for the fields it analyses itself.
 * Thread-safe.
 */
public final class TextQueries implements Closeable {
    private static final Map<String, Float> ARTICLE_FIELDS = Map.of(
            Fields.HEAD_SURFACE, 4f, Fields.HEAD_LEMMA, 2.5f, Fields.HEAD_FOLDED, 1.5f,
            Fields.TEXT_SURFACE, 3f, Fields.TEXT_LEMMA, 2f, Fields.TEXT_FOLDED, 1f);
    private static final Map<String, Float> QUOTE_FIELDS = Map.of(
            Fields.QUOTE_SURFACE, 3f, Fields.QUOTE_LEMMA, 2f, Fields.QUOTE_FOLDED, 1f);
    private static final Map<String, Float> SPEAKER_FIELDS = Map.of(
            Fields.SPEAKER_SURFACE, 3f, Fields.SPEAKER_LEMMA, 2f, Fields.SPEAKER_FOLDED, 1f);
    /** The body fields a snippet is made from. */
    public static final Map<String, Float> BODY_FIELDS = Map.of(
            Fields.TEXT_SURFACE, 3f, Fields.TEXT_LEMMA, 2f, Fields.TEXT_FOLDED, 1f);

    private final Analyzer surface = TurkishAnalyzers.surface();
    private final Analyzer lemma = TurkishAnalyzers.lemma();
    private final Analyzer folded = TurkishAnalyzers.folded();
    private final Analyzer analyzer;

    public TextQueries() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String f : new String[] {Fields.HEAD_SURFACE, Fields.TEXT_SURFACE, Fields.QUOTE_SURFACE,
                Fields.SPEAKER_SURFACE}) {
            perField.put(f, surface);
        }
        for (String f : new String[] {Fields.HEAD_LEMMA, Fields.TEXT_LEMMA, Fields.QUOTE_LEMMA,
                Fields.SPEAKER_LEMMA}) {
            perField.put(f, lemma);
        }
        for (String f : new String[] {Fields.HEAD_FOLDED, Fields.TEXT_FOLDED, Fields.QUOTE_FOLDED,
                Fields.SPEAKER_FOLDED}) {
            perField.put(f, folded);
        }
        analyzer = new PerFieldAnalyzerWrapper(surface, perField);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Headline and body; blank matches everything. */
    public Query articles(String text) {
        return parse(text, ARTICLE_FIELDS);
    }

    /** The body only (what snippets highlight). */
    public Query body(String text) {
        return parse(text, BODY_FIELDS);
    }

    public Query quotes(String text) {
        return parse(text, QUOTE_FIELDS);
    }

    public Query speakers(String text) {
        // a name is not Lucene syntax: quotes and operators typed in it are taken as words
        return parse(QueryParser.escape(text), SPEAKER_FIELDS);
    }

    private Query parse(String text, Map<String, Float> fields) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer,
                fields);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("cannot parse query: " + text, e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
        surface.close();
        lemma.close();
        folded.close();
    }
}
