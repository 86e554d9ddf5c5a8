package dev.kulis.morph;

import dev.kulis.model.Morph;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses one reading, hence one lemma, for every word of a sentence: the best context-free reading of
 * {@link Morphology}, adjusted by the word's position — a capitalised word inside a sentence is likely a name,
 * while sentence-initial capitalisation (also after an opening quote or a colon) says nothing, so there a common
 * reading is preferred to a proper one. Thread-safe.
 */
public final class Lemmatizer {
    /** Log-score bonus of a proper-noun reading for a capitalised word inside a sentence. */
    static final double PROPER_INSIDE = 2.0;
    /** Log-score penalty of a proper-noun reading for a capitalised word that starts a sentence. */
    static final double PROPER_INITIAL = 1.0;

    private static final Set<String> OPENERS = Set.of("\"", "“", "”", "'", "‘", "«", "(", "[", "-", "–", "—", ":", "...",
            "…", ".", "!", "?", "''", "``");

    private final Morphology morphology;

    public Lemmatizer() {
        this(Morphology.shared());
    }

    public Lemmatizer(Morphology morphology) {
        this.morphology = morphology;
    }

    /** One {@link Morph} per form, in order; {@code forms} is one sentence, tokens as given. */
    public List<Morph> lemmatize(List<String> forms) {
        List<Morph> out = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            String form = forms.get(i);
            boolean initial = i == 0 || OPENERS.contains(forms.get(i - 1));
            out.add(choose(form, morphology.analyze(form), initial).toMorph());
        }
        return out;
    }

    static Analysis choose(String form, List<Analysis> readings, boolean initial) {
        if (readings.size() == 1) {
            return readings.get(0);
        }
        boolean capitalised = !form.isEmpty() && Character.isUpperCase(form.charAt(0))
                && !(form.length() > 1 && TurkishCase.isAllCaps(form));
        Analysis best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Analysis a : readings) {
            double s = a.score();
            if (capitalised && a.proper()) {
                s += initial ? -PROPER_INITIAL : PROPER_INSIDE;
            }
            if (s > bestScore) {
                best = a;
                bestScore = s;
            }
        }
        return best;
    }
}
