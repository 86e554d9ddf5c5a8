package dev.kulis.eval;

import dev.kulis.model.Morph;
import dev.kulis.morph.Lemmatizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the LEMMA column of CoNLL-U sentences. The syntactic words (ID without {@code -} or {@code .}) are one
 * sentence for the {@link Lemmatizer}; a multiword token's range line takes its first word's lemma, an empty
 * node its own form's. Every other column is left as read.
 */
public final class LemmaConllu {
    private final Lemmatizer lemmatizer;

    public LemmaConllu(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    /** A copy of {@code s} with column 3 filled on every row. */
    public ConlluSentence fill(ConlluSentence s) {
        List<String[]> rows = new ArrayList<>(s.rows().size());
        for (String[] r : s.rows()) {
            rows.add(r.clone());
        }
        List<String[]> words = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (String[] r : rows) {
            if (!ConlluSentence.isRange(r) && !ConlluSentence.isEmptyNode(r)) {
                words.add(r);
                forms.add(r[1]);
            }
        }
        List<Morph> m = lemmatizer.lemmatize(forms);
        for (int i = 0; i < words.size(); i++) {
            words.get(i)[2] = m.get(i).lemma();
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (ConlluSentence.isRange(r)) {
                String first = r[0].substring(0, r[0].indexOf('-'));
                r[2] = rows.stream().filter(x -> x[0].equals(first)).findFirst().map(x -> x[2])
                        .orElseGet(() -> lemmatizer.lemmatize(List.of(r[1])).get(0).lemma());
            } else if (ConlluSentence.isEmptyNode(r)) {
                r[2] = lemmatizer.lemmatize(List.of(r[1])).get(0).lemma();
            }
        }
        return new ConlluSentence(s.comments(), List.copyOf(rows));
    }
}
