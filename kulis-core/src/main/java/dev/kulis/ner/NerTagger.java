package dev.kulis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
        this.joint = joint(model.local().table(), model.document().table());
    }

    /** Both models' ids of every key (local + 1 in the low half, document + 1 in the high half), key and value side by side. */
    private final long[] joint;

    private static long[] joint(FeatureTable local, FeatureTable document) {
        int n = local.size() + document.size();
        int cap = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        long[] slots = new long[cap * 2];
        for (int pass = 0; pass < 2; pass++) {
            FeatureTable t = pass == 0 ? local : document;
            for (int id = 0; id < t.size(); id++) {
                long key = t.key(id);
                int i = slot(slots, key);
                slots[2 * i] = key;
                slots[2 * i + 1] |= pass == 0 ? (id + 1L) : (id + 1L) << 32;
            }
        }
        return slots;
    }

    /** The slot of {@code key}, or the empty slot where it would go. */
    private static int slot(long[] slots, long key) {
        int mask = slots.length / 2 - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key || k == 0) {
                return i;
            }
        }
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
        List<int[][]> docIds = new ArrayList<>(n);
        for (List<String> s : sentences) {
            SuffixTokens.Joined j = SuffixTokens.join(s);
            long[][] keys = extractor.extract(j.tokens(), model.gazetteer());
            // one lookup per key serves both stages: the document model reads the local keys too
            int[][] localIds = new int[keys.length][];
            int[][] documentIds = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                long[] ks = keys[i];
                int[] li = new int[ks.length], di = new int[ks.length];
                for (int m = 0; m < ks.length; m++) {
                    long v = joint[2 * slot(joint, ks[m]) + 1];
                    li[m] = (int) v - 1;
                    di[m] = (int) (v >>> 32) - 1;
                }
                localIds[i] = li;
                documentIds[i] = di;
            }
            joined.add(j);
            tokens.add(j.tokens());
            local.add(keys);
            docIds.add(documentIds);
            stage1.add(model.local().decodeIds(localIds));
        }
        List<long[][]> doc = DocumentFeatures.extend(tokens, local, stage1, DocumentFeatures.WINDOW, null);
        List<int[]> out = new ArrayList<>(n);
        LinearModel document = model.document();
        for (int k = 0; k < n; k++) {
            long[][] keys = doc.get(k);
            int[][] known = docIds.get(k);
            int[][] ids = new int[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                int[] d = Arrays.copyOf(known[i], keys[i].length);
                for (int m = known[i].length; m < d.length; m++) {
                    d[m] = document.id(keys[i][m]);
                }
                ids[i] = d;
            }
            out.add(SuffixTokens.split(joined.get(k), document.decodeIds(ids)));
        }
        return out;
    }
}
