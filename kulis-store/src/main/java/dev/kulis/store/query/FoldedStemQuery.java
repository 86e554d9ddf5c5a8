package dev.kulis.store.query;

import dev.kulis.lexicon.DataLines;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * A word typed without Turkish letters and without an apostrophe ({@code kocaogluna}, {@code secimlerde}), matched
 * in a folded field: as typed, and cut back to the longest form the index holds that one of the nominal endings of
 * {@code folded-suffixes.txt} follows ({@code kocaoglu}, {@code secim}) when that form is the commoner one.
 * Morphology cannot read such words (they are not Turkish spelling), so the index's own vocabulary decides.
 */
final class FoldedStemQuery extends Query {
    private static final Set<String> SUFFIXES =
            Set.copyOf(DataLines.read(FoldedStemQuery.class, "folded-suffixes.txt"));
    /** Shorter stems match too much ({@code kas} in {@code kasim}). */
    static final int MIN_STEM = 3;

    private final String field;
    private final String word;

    FoldedStemQuery(String field, String word) {
        this.field = Objects.requireNonNull(field);
        this.word = Objects.requireNonNull(word);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        var reader = searcher.getIndexReader();
        Term typed = new Term(field, word);
        int typedFreq = reader.docFreq(typed);
        Term stem = longestStem(reader);
        // the stem joins a form the index holds only when it is the commoner word (tekinin → tekin, not kasim → kas)
        if (stem != null && reader.docFreq(stem) > typedFreq) {
            return typedFreq == 0 ? new TermQuery(stem) : new BooleanQuery.Builder()
                    .add(new TermQuery(typed), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(stem), BooleanClause.Occur.SHOULD).build();
        }
        return typedFreq > 0 ? new TermQuery(typed) : new MatchNoDocsQuery("no form of " + word + " in " + field);
    }

    private Term longestStem(IndexReader reader) throws IOException {
        for (int cut = word.length() - 1; cut >= MIN_STEM; cut--) {
            if (SUFFIXES.contains(word.substring(cut))) {
                Term stem = new Term(field, word.substring(0, cut));
                if (reader.docFreq(stem) > 0) {
                    return stem;
                }
            }
        }
        return null;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String f) {
        return (field.equals(f) ? "" : field + ":") + word + "~stem";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && field.equals(((FoldedStemQuery) o).field) && word.equals(((FoldedStemQuery) o).word);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, word);
    }
}
