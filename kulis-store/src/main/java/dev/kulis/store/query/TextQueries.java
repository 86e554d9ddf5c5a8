package dev.kulis.store.query;

import dev.kulis.store.analysis.TurkishAnalyzers;
import dev.kulis.store.index.Fields;
import dev.kulis.text.TurkishCase;
import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
        MultiFieldQueryParser parser = new StemmingParser(fields.keySet().toArray(String[]::new), analyzer, fields);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true); // one word at a time, so each can be cut back to a stem
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("cannot parse query: " + text, e);
        }
    }

    /** The classic parser, with a word typed in ASCII also cut back to a form the folded field holds. */
    private static final class StemmingParser extends MultiFieldQueryParser {
        StemmingParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
            super(fields, analyzer, boosts);
        }

        /** A bare word over all fields: the parser's per-field disjunction, plus the word cut back to a stem on each
         * folded field (phrases and field-qualified words are left as they are). */
        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Query q = super.getFieldQuery(field, queryText, quoted);
            String word = typedWord(queryText);
            if (field != null || quoted || word.length() <= FoldedStemQuery.MIN_STEM) {
                return q;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (q instanceof BooleanQuery perField) {
                perField.clauses().forEach(either::add);
            } else if (q != null) {
                either.add(q, BooleanClause.Occur.SHOULD);
            }
            for (String f : fields) {
                if (f.endsWith(Fields.FOLDED_SUFFIX)) {
                    Float boost = boosts == null ? null : boosts.get(f);
                    Query stem = new FoldedStemQuery(f, word);
                    either.add(boost == null ? stem : new BoostQuery(stem, boost), BooleanClause.Occur.SHOULD);
                }
            }
            return either.build();
        }

        /** One word as the folded field spells it (no apostrophe ending), or "" for anything else. */
        private static String typedWord(String text) {
            String w = TurkishCase.foldAscii(TurkishCase.lower(text.strip()));
            int apostrophe = w.indexOf('\'');
            if (apostrophe >= 0) {
                w = w.substring(0, apostrophe);
            }
            return w.chars().allMatch(Character::isLetterOrDigit) ? w : "";
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
