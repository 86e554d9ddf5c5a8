package dev.kulis.ner;

import java.util.List;
import java.util.function.Function;

/**
 * What a morphological analyser tells the tagger about one word, as plain strings (e.g. {@code lemma=ankara},
 * {@code case=dat}, {@code prop}). The tagger turns each into a feature. Plugged in through a
 * {@code Function<String, MorphFeatures>} so that the NER package does not depend on a particular analyser.
 */
public record MorphFeatures(List<String> values) {
    public static final MorphFeatures NONE = new MorphFeatures(List.of());

    /** The analyser used when none is plugged in: no morphology features. */
    public static final Function<String, MorphFeatures> ABSENT = w -> NONE;

    public MorphFeatures {
        values = List.copyOf(values);
    }
}
