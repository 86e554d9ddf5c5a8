package dev.kulis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    // the model's own feature tables are not kept: the joint table holds all the tagger reads
    private final Gazetteer gazetteer;
    private final int featureCount;
    private final Map<String, String> provenance;
    private final FeatureExtractor extractor;
    /** Word forms with their form-only feature keys, shared by all documents (~0.7 KB each). */
    private final Function<String, FeatureExtractor.Form> forms;
    private static final int FORM_CACHE = 50_000;
    private final JointWeights weights;
    private final float[] localTransitions, documentTransitions;
    private final SpanConfidence confidence;

    public NerTagger(NerModel model, FeatureExtractor extractor) {
        this.gazetteer = model.gazetteer();
        this.featureCount = model.featureCount();
        this.provenance = model.provenance();
        this.extractor = extractor;
        this.forms = extractor.cachedForms(gazetteer, FORM_CACHE);
        this.weights = new JointWeights(model.local(), model.document());
        this.localTransitions = model.local().transitions();
        this.documentTransitions = model.document().transitions();
        this.confidence = new SpanConfidence(documentTransitions, model.temperature());
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

    /** The features of the local and document models (a key in both counts twice). */
    public int featureCount() {
        return featureCount;
    }

    /** Where the model comes from ({@link NerModel#provenance}). */
    public Map<String, String> provenance() {
        return provenance;
    }

    /**
     * Where the stem of a capitalised word written without apostrophe ends by the names of unlabelled news:
     * {@code Bidenın} → 5 ({@code Biden}, tagged as a name in the news; the suffix need not fit the stem's letters),
     * or -1 where the news know no such stem, or know the whole word as a name or a common word ({@code Avcılar},
     * {@code Yarın}).
     */
    public int newsStemEnd(String token) {
        return extractor.newsStemEnd(token);
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

    /** One tagged sentence: BIO label indices and, per token, the confidence of the name it lies in (else 0). */
    public record Scored(int[] labels, float[] confidence) {
        /** The BIO tags of the labels. */
        public List<String> tags() {
            List<String> out = new ArrayList<>(labels.length);
            for (int y : labels) {
                out.add(NerLabels.name(y));
            }
            return out;
        }
    }

    /** Label indices for consecutive sentences; see {@link #tagDocument}. */
    public List<int[]> labelDocument(List<List<String>> sentences) {
        return run(sentences, false).stream().map(Scored::labels).toList();
    }

    /**
     * {@link #labelDocument} with each name's confidence: the probability of its exact span and type under the
     * document model, calibrated on Milliyet dev ({@link SpanConfidence}).
     */
    public List<Scored> scoreDocument(List<List<String>> sentences) {
        return run(sentences, true);
    }

    private List<Scored> run(List<List<String>> sentences, boolean withConfidence) {
        final int L = Bilou.COUNT;
        int n = sentences.size();
        List<SuffixTokens.Joined> joined = new ArrayList<>(n);
        List<DocumentFeatures.Words> words = new ArrayList<>(n);
        List<int[]> stage1 = new ArrayList<>(n);
        List<float[]> documentScores = new ArrayList<>(n);
        for (List<String> s : sentences) {
            SuffixTokens.Joined j = SuffixTokens.join(s);
            FeatureExtractor.Form[] used = new FeatureExtractor.Form[j.tokens().size()];
            long[][] keys = extractor.extract(j.tokens(), gazetteer, forms, used);
            // the document model reads the sentence features too: one lookup serves both stages
            float[] local = new float[keys.length * L], document = new float[keys.length * L];
            int touched = 0;
            for (long[] ks : keys) {
                touched += weights.touch(ks);
            }
            if (touched == 0x5EED) { // never in practice; keeps the reads of touch alive
                Thread.onSpinWait();
            }
            for (int i = 0; i < keys.length; i++) {
                for (long key : keys[i]) {
                    weights.addBoth(key, local, document, i * L);
                }
            }
            Bilou.maskOutsideNames(local, j.tokens());
            Bilou.maskOutsideNames(document, j.tokens());
            joined.add(j);
            words.add(DocumentFeatures.Words.of(used));
            stage1.add(Bilou.decode(Viterbi.decode(local, keys.length, localTransitions)));
            documentScores.add(document);
        }
        List<long[][]> doc = DocumentFeatures.keys(words, stage1, DocumentFeatures.WINDOW, null);
        List<Scored> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long[][] keys = doc.get(k);
            float[] document = documentScores.get(k);
            for (int i = 0; i < keys.length; i++) {
                for (long key : keys[i]) {
                    weights.addDocument(key, document, i * L);
                }
            }
            int[] bilou = Viterbi.decode(document, keys.length, documentTransitions);
            SuffixTokens.Joined j = joined.get(k);
            float[] sure = withConfidence ? SuffixTokens.spread(j, confidence.of(document, keys.length, bilou)) : null;
            out.add(new Scored(SuffixTokens.split(j, Bilou.decode(bilou)), sure));
        }
        return out;
    }
}
