package dev.kulis.ner;

import dev.kulis.morph.Analysis;
import dev.kulis.morph.Morphology;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link MorphFeatures} from Kulis's {@link Morphology}: the best reading's lemma ({@code l=}), UPOS ({@code p=}),
 * root part of speech ({@code r=}), case ({@code c=}), UPOS with case, proper and known flags, derivations, and
 * whether any reading is a proper noun. {@link FeatureExtractor} also uses the {@code l=}, {@code p=} and
 * {@code c=} values of neighbouring words and looks lemmas up in its lexicons. Thread-safe; results are cached.
 */
public final class MorphologyFeatures implements Function<String, MorphFeatures> {
    /** Prefixes of the values that {@link FeatureExtractor} reads back. */
    static final String LEMMA = "l=", POS = "p=", CASE = "c=";

    private static final int CACHE_LIMIT = 400_000;

    private final Morphology morphology;
    private final ConcurrentHashMap<String, MorphFeatures> cache = new ConcurrentHashMap<>();

    public MorphologyFeatures(Morphology morphology) {
        this.morphology = morphology;
    }

    private static final class Shared {
        static final MorphologyFeatures INSTANCE = new MorphologyFeatures(Morphology.shared());
    }

    /** Features from {@link Morphology#shared()}: what the shipped model is trained and tagged with. */
    public static MorphologyFeatures shared() {
        return Shared.INSTANCE;
    }

    @Override
    public MorphFeatures apply(String word) {
        MorphFeatures f = cache.get(word);
        if (f == null) {
            f = compute(word);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(word, f);
            }
        }
        return f;
    }

    private MorphFeatures compute(String word) {
        List<Analysis> as = morphology.analyze(word);
        if (as.isEmpty()) {
            return MorphFeatures.NONE;
        }
        Analysis best = as.get(0);
        boolean anyProper = false;
        for (Analysis a : as) {
            anyProper |= a.proper();
        }
        String gcase = best.grammaticalCase() == null ? "-" : best.grammaticalCase();
        List<String> v = new ArrayList<>(10);
        v.add(LEMMA + TurkishCase.lower(best.lemma()));
        // a few hundred values besides the lemma: one shared copy each keeps the cache small
        v.add((POS + best.pos()).intern());
        v.add((CASE + gcase).intern());
        v.add(("r=" + best.rootPos()).intern());
        v.add(("pc=" + best.pos() + "|" + gcase).intern());
        v.add(("f=" + (best.known() ? "k" : "u") + (best.proper() ? "p" : "-") + (anyProper ? "P" : "-")).intern());
        v.add(("n=" + Math.min(as.size(), 4) + "|" + Math.min(best.derivations(), 2)).intern());
        return new MorphFeatures(v);
    }
}
