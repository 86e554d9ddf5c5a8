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

    /** Sentences on each side whose words inform the tagging of a sentence in {@link #tagDocument}. */
    public static final int WINDOW = DocumentFeatures.WINDOW;

    private final NerModel model;
    private final FeatureExtractor extractor;

    public NerTagger(NerModel model, FeatureExtractor extractor) {
        this.model = model;
        this.extractor = extractor;
    }

    private static final class Shared {
        static final NerTagger INSTANCE = load(MorphologyFeatures.shared());
    }

    /** The tagger with the shipped model and lexicons and Kulis's morphology, loaded once on first use. */
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
        return labelDocument(List.of(tokens)).get(0);
    }

    /**
     * BIO tags for consecutive sentences of running text (one article, or many in reading order): a name is
     * recognised more reliably when the same word is a name in a neighbouring sentence.
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int[] labels : labelDocument(sentences)) {
            List<String> tags = new ArrayList<>(labels.length);
            for (int y : labels) {
                tags.add(NerLabels.name(y));
            }
            out.add(tags);
        }
        return out;
    }

    /** Label indices for consecutive sentences; see {@link #tagDocument}. */
    public List<int[]> labelDocument(List<List<String>> sentences) {
        int n = sentences.size();
        List<SuffixTokens.Joined> joined = new ArrayList<>(n);
        List<List<String>> tokens = new ArrayList<>(n);
        List<long[][]> local = new ArrayList<>(n);
        List<int[]> stage1 = new ArrayList<>(n);
        for (List<String> s : sentences) {
            SuffixTokens.Joined j = SuffixTokens.join(s);
            long[][] keys = extractor.extract(j.tokens(), model.gazetteer());
            joined.add(j);
            tokens.add(j.tokens());
            local.add(keys);
            stage1.add(model.local().decode(keys));
        }
        List<long[][]> doc = DocumentFeatures.extend(tokens, local, stage1, DocumentFeatures.WINDOW, null);
        List<int[]> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(SuffixTokens.split(joined.get(k), model.document().decode(doc.get(k))));
        }
        return out;
    }
}
