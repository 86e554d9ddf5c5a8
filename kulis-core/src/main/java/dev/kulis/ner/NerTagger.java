package dev.kulis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tags the PER, ORG and LOC names of a tokenised sentence with BIO tags. Accepts both tokenisations of an
 * apostrophe suffix: {@code Türkiye'yi} as one token (Kulis) or {@code Türkiye} {@code 'yi} (Milliyet), where
 * the suffix token is O unless the name goes on after it. Immutable and thread-safe.
 */
public final class NerTagger {
    /** The shipped model's resource path. */
    public static final String MODEL_RESOURCE = "/dev/kulis/ner/ner-model.bin.gz";

    private final NerModel model;
    private final FeatureExtractor extractor;

    public NerTagger(NerModel model, FeatureExtractor extractor) {
        this.model = model;
        this.extractor = extractor;
    }

    private static final class Shared {
        static final NerTagger INSTANCE = load(MorphFeatures.ABSENT);
    }

    /** The tagger with the shipped model and lexicons, loaded once on first use. */
    public static NerTagger shared() {
        return Shared.INSTANCE;
    }

    /** A tagger with the shipped model and lexicons and the given morphology (which must match training). */
    public static NerTagger load(Function<String, MorphFeatures> morphology) {
        try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model resource missing: " + MODEL_RESOURCE
                        + " (run: kulis train ner)");
            }
            return new NerTagger(NerModel.read(in), new FeatureExtractor(NerLexicons.shipped(), morphology));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NerModel model() {
        return model;
    }

    /** BIO tags ({@code B-PER}, {@code I-LOC}, {@code O}…) for the tokens of one sentence, one per token. */
    public List<String> tag(List<String> tokens) {
        int[] labels = labels(tokens);
        List<String> out = new ArrayList<>(labels.length);
        for (int y : labels) {
            out.add(NerLabels.name(y));
        }
        return out;
    }

    /** Label indices ({@link NerLabels}) for the tokens of one sentence. */
    public int[] labels(List<String> tokens) {
        if (tokens.isEmpty()) {
            return new int[0];
        }
        SuffixTokens.Joined joined = SuffixTokens.join(tokens);
        int[] y = model.decode(extractor.extract(joined.tokens(), model.gazetteer()));
        return SuffixTokens.split(joined, y);
    }
}
