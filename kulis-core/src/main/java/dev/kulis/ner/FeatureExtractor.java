package dev.kulis.ner;

import dev.kulis.text.TurkishCase;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Turns one sentence (joined tokenisation: {@code Kocaoğlu'na} is one token) into 64-bit feature keys per
 * token: word forms (raw, lower, stem, apostrophe suffix, affixes), shape and capitalisation (sentence-initial,
 * ALL-CAPS line), a ±2 window of words, shapes and clusters, news capitalisation, gazetteer matches, organisation
 * and place head words, person cues, and optional morphology. Stateless and thread-safe.
 */
public final class FeatureExtractor {
    // template numbers: part of every key, so never renumber them without retraining
    private static final int BIAS = 1, RAW = 2, LOWER = 3, STEM = 4, SUFFIX = 5, PREFIX = 6, ENDING = 7,
            SHAPE = 8, CAP = 9, CAP_INITIAL = 10, CAP_WINDOW = 11, WORD_AT = 12, SHAPE_AT = 13,
            BIGRAM_LEFT = 14, BIGRAM_RIGHT = 15, FINE = 16, MIDDLE = 17, COARSE = 18, MIDDLE_AT = 19,
            COARSE_AT = 20, CAPBIN = 21, CAPBIN_INITIAL = 22, CAPBIN_AT = 23, GAZ_PHRASE = 24, GAZ_WORD = 25,
            ORG_HEAD = 26, LOC_HEAD = 27, ORG_HEAD_RIGHT = 28, LOC_HEAD_RIGHT = 29, PERSON_BEFORE = 30,
            PERSON_AFTER = 31, MORPH = 32, SUFFIX_AT = 33, STEM_SUFFIX = 34, CAPS_LINE = 35, LENGTH = 36,
            FINE_SUFFIX = 37, GAZ_WORD_AT = 38, GAZ_PHRASE_AT = 39, PREFIX_AT = 40, FINE_AT = 41, AUTO = 42, AUTO_TYPE = 43, AUTO_AT = 44, AUTO_POSITION = 45, CAP_RUN = 46,
            MORPH_AT = 47, LEMMA_NEWS = 48, LEMMA_GAZ = 49, MORPH_CAP = 50; // 51–56: NamePhrases

    private final NerLexicons lexicons;
    private final Function<String, MorphFeatures> morphology;

    public FeatureExtractor(NerLexicons lexicons, Function<String, MorphFeatures> morphology) {
        this.lexicons = lexicons;
        this.morphology = morphology;
    }

    /** Per-token views of a sentence computed once and shared by the window features. */
    private static final class View {
        final int n;
        final String[] raw, lower, stem, suffix, shape;
        final int[] cap, fine, middle, coarse, capBin, gazPhrase, gazWord, autoMajority;
        final int[][] auto;
        final List<String>[] morph;
        final String[] lemma, pos, gcase;
        final boolean capsLine;
        final Gazetteer gaz;

        @SuppressWarnings("unchecked")
        View(List<String> tokens, NerLexicons lex, Gazetteer gaz, Function<String, MorphFeatures> morphology) {
            n = tokens.size();
            this.gaz = gaz;
            raw = new String[n];
            lower = new String[n];
            stem = new String[n];
            suffix = new String[n];
            shape = new String[n];
            cap = new int[n];
            fine = new int[n];
            middle = new int[n];
            coarse = new int[n];
            capBin = new int[n];
            gazPhrase = new int[n];
            gazWord = new int[n];
            autoMajority = new int[n];
            auto = new int[n][];
            morph = new List[n];
            lemma = new String[n];
            pos = new String[n];
            gcase = new String[n];
            int letterWords = 0, capsWords = 0;
            for (int i = 0; i < n; i++) {
                String t = tokens.get(i);
                raw[i] = t;
                lower[i] = TurkishCase.lower(t);
                stem[i] = TokenForms.lowerStem(t);
                suffix[i] = TokenForms.suffix(t);
                shape[i] = TokenForms.shape(t);
                cap[i] = TokenForms.capClass(t);
                if (cap[i] <= 2) {
                    letterWords++;
                    if (cap[i] == 2) {
                        capsWords++;
                    }
                }
                NewsLexicon.Entry e = lex.news().get(stem[i]);
                if (e == null && !suffix[i].isEmpty()) {
                    e = lex.news().get(lower[i].replace('’', '\''));
                }
                if (e != null) {
                    fine[i] = e.fine();
                    middle[i] = e.middle();
                    coarse[i] = e.coarse();
                    capBin[i] = e.capBin();
                } else {
                    fine[i] = middle[i] = coarse[i] = -1;
                }
                gazWord[i] = gaz.wordPositions(stem[i]);
                morph[i] = morphology.apply(t).values();
                for (String m : morph[i]) {
                    if (m.startsWith(MorphologyFeatures.LEMMA)) {
                        lemma[i] = m;
                    } else if (m.startsWith(MorphologyFeatures.POS)) {
                        pos[i] = m;
                    } else if (m.startsWith(MorphologyFeatures.CASE)) {
                        gcase[i] = m;
                    }
                }
                auto[i] = cap[i] == 1 || cap[i] == 2 ? lex.names().get(stem[i]) : null;
                autoMajority[i] = -1;
                if (auto[i] != null) {
                    for (int y = 0; y < 4; y++) {
                        if (autoMajority[i] < 0 || auto[i][y] > auto[i][autoMajority[i]]) {
                            autoMajority[i] = y;
                        }
                    }
                }
            }
            capsLine = capsWords >= 2 && capsWords * 5 >= letterWords * 4;
            matchPhrases(gaz);
        }

        int gazWordOf(String w) {
            return gaz.wordPositions(w);
        }

        private void matchPhrases(Gazetteer gaz) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (cap[i] == 0 || cap[i] == 4) {
                    continue;
                }
                b.setLength(0);
                int bestEnd = -1, bestTypes = 0;
                for (int j = i; j < n && j - i < Gazetteer.MAX_PHRASE; j++) {
                    if (j > i) {
                        b.append(' ');
                    }
                    b.append(stem[j]);
                    int types = gaz.phraseTypes(b.toString());
                    if (types != 0) {
                        bestEnd = j + 1;
                        bestTypes = types;
                    }
                }
                if (bestEnd > 0) {
                    gazPhrase[i] |= bestTypes;
                    for (int k = i + 1; k < bestEnd; k++) {
                        gazPhrase[k] |= bestTypes << 3;
                    }
                }
            }
        }
    }

    /** Feature keys of every token of {@code tokens}, with {@code gazetteer} as the learned name list. */
    public long[][] extract(List<String> tokens, Gazetteer gazetteer) {
        View v = new View(tokens, lexicons, gazetteer, morphology);
        long[][] out = new long[v.n][];
        Keys k = new Keys();
        long[][] phrase = NamePhrases.keys(v.raw, v.lower, v.stem, v.cap, lexicons);
        for (int i = 0; i < v.n; i++) {
            k.clear();
            token(v, i, k);
            for (long key : phrase[i]) {
                k.add(key);
            }
            out[i] = k.toArray();
        }
        return out;
    }

    private void token(View v, int i, Keys k) {
        boolean initial = i == 0 || (i == 1 && v.cap[0] == 4);
        int cap = v.capsLine && v.cap[i] <= 2 ? 5 : v.cap[i];
        String stem = v.stem[i];
        k.add(FeatureHash.of(BIAS, 0));
        if (!v.capsLine) {
            k.add(FeatureHash.of(RAW, v.raw[i]));
        }
        k.add(FeatureHash.of(LOWER, v.lower[i]));
        k.add(FeatureHash.of(STEM, stem));
        k.add(FeatureHash.of(SUFFIX, v.suffix[i]));
        k.add(FeatureHash.of(STEM_SUFFIX, v.suffix[i], Integer.toString(cap)));
        k.add(FeatureHash.of(LENGTH, Math.min(stem.length(), 12)));
        for (int p = 1; p <= 4 && p <= stem.length(); p++) {
            k.add(FeatureHash.of(PREFIX, stem, 0, p));
        }
        String low = v.lower[i];
        for (int p = 1; p <= 5 && p < low.length(); p++) {
            k.add(FeatureHash.of(ENDING, low, low.length() - p, low.length()));
        }
        k.add(FeatureHash.of(SHAPE, v.capsLine ? "C:" + v.shape[i] : v.shape[i]));
        k.add(FeatureHash.of(CAP, cap));
        k.add(FeatureHash.of(CAP_INITIAL, cap * 2 + (initial ? 1 : 0)));
        k.add(FeatureHash.of(CAPS_LINE, v.capsLine ? 1 : 0));
        int capL = i > 0 ? v.cap[i - 1] : 9, capR = i + 1 < v.n ? v.cap[i + 1] : 9;
        k.add(FeatureHash.of(CAP_WINDOW, capL * 100 + cap * 10 + capR));
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            String w = j < 0 ? "<s>" : j >= v.n ? "</s>" : v.stem[j];
            k.add(FeatureHash.of(WORD_AT + 100 * (d + 2), w));
            if (j >= 0 && j < v.n) {
                k.add(FeatureHash.of(SHAPE_AT + 100 * (d + 2), v.shape[j]));
                // a neighbour's first letters stand in for its lemma: "firmasıyla", "firmaları" → "firma"
                String st = v.stem[j];
                k.add(FeatureHash.of(PREFIX_AT + 100 * (d + 2), st, 0, Math.min(5, st.length())));
                if (Math.abs(d) == 1) {
                    k.add(FeatureHash.of(PREFIX_AT + 1000 + 100 * (d + 2), st, 0, Math.min(4, st.length())));
                    k.add(FeatureHash.of(FINE_AT + 100 * (d + 2), v.fine[j]));
                    k.add(FeatureHash.of(SUFFIX_AT + 100 * (d + 2), v.suffix[j]));
                    k.add(FeatureHash.of(MIDDLE_AT + 100 * (d + 2), v.middle[j]));
                    k.add(FeatureHash.of(CAPBIN_AT + 100 * (d + 2), v.capBin[j] * 10 + v.cap[j]));
                    k.add(FeatureHash.of(GAZ_WORD_AT + 100 * (d + 2), v.gazWord[j]));
                    k.add(FeatureHash.of(GAZ_PHRASE_AT + 100 * (d + 2), v.gazPhrase[j]));
                }
                k.add(FeatureHash.of(COARSE_AT + 100 * (d + 2), v.coarse[j]));
            }
        }
        k.add(FeatureHash.of(BIGRAM_LEFT, i > 0 ? v.stem[i - 1] : "<s>", stem));
        k.add(FeatureHash.of(BIGRAM_RIGHT, stem, i + 1 < v.n ? v.stem[i + 1] : "</s>"));
        k.add(FeatureHash.of(FINE, v.fine[i]));
        k.add(FeatureHash.of(FINE_SUFFIX, v.fine[i] * 16L + cap, v.suffix[i]));
        k.add(FeatureHash.of(MIDDLE, v.middle[i]));
        k.add(FeatureHash.of(COARSE, v.coarse[i]));
        k.add(FeatureHash.of(CAPBIN, v.capBin[i]));
        k.add(FeatureHash.of(CAPBIN_INITIAL, v.capBin[i] * 100 + cap * 2 + (initial ? 1 : 0)));
        k.add(FeatureHash.of(GAZ_PHRASE, v.gazPhrase[i] * 10L + cap));
        k.add(FeatureHash.of(GAZ_WORD, v.gazWord[i]));
        for (int bit = 0; bit < 6; bit++) {
            if ((v.gazWord[i] & (1 << bit)) != 0) {
                k.add(FeatureHash.of(GAZ_WORD + 1000, bit * 10 + cap));
            }
        }
        int[] a = v.auto[i];
        if (a != null) {
            int total = a[0] + a[1] + a[2] + a[3];
            int maj = v.autoMajority[i];
            int countBin = Math.min(5, 31 - Integer.numberOfLeadingZeros(total));
            k.add(FeatureHash.of(AUTO, maj * 100 + shareBin(a[maj], total) * 10 + countBin));
            for (int t = 1; t < 4; t++) {
                if (a[t] > 0) {
                    k.add(FeatureHash.of(AUTO_TYPE, t * 10 + shareBin(a[t], total)));
                }
            }
            int[] byLabel = lexicons.names().labels(v.stem[i]);
            if (byLabel != null && maj > 0) {
                // first name or surname, first or last word of an organisation's name
                int b = byLabel[2 * maj - 1], in = byLabel[2 * maj];
                k.add(FeatureHash.of(AUTO_POSITION, maj * 10 + shareBin(b, Math.max(1, b + in))));
            }
        } else {
            k.add(FeatureHash.of(AUTO, -1 - cap));
        }
        k.add(FeatureHash.of(AUTO_AT, (i > 0 ? v.autoMajority[i - 1] : -2) * 10
                + (i + 1 < v.n ? v.autoMajority[i + 1] : -2)));
        // place in the run of capitalised words around the token: names are such runs, and their edges matter
        if (v.cap[i] == 1 || v.cap[i] == 2) {
            int from = i, to = i + 1;
            while (from > 0 && (v.cap[from - 1] == 1 || v.cap[from - 1] == 2)) {
                from--;
            }
            while (to < v.n && (v.cap[to] == 1 || v.cap[to] == 2)) {
                to++;
            }
            k.add(FeatureHash.of(CAP_RUN, Math.min(i - from, 3) * 100 + Math.min(to - i - 1, 3) * 10
                    + (initial ? 1 : 0)));
        }
        NerLexicons lex = lexicons;
        k.add(FeatureHash.of(ORG_HEAD, lex.orgHeads().contains(stem) ? 1 + cap : 0));
        k.add(FeatureHash.of(LOC_HEAD, lex.locHeads().contains(stem) ? 1 + cap : 0));
        k.add(FeatureHash.of(ORG_HEAD_RIGHT, headRight(v, i, lex.orgHeads())));
        k.add(FeatureHash.of(LOC_HEAD_RIGHT, headRight(v, i, lex.locHeads())));
        k.add(FeatureHash.of(PERSON_BEFORE, i > 0 && lex.personBefore().contains(v.stem[i - 1]) ? 1 + cap : 0));
        k.add(FeatureHash.of(PERSON_AFTER, i + 1 < v.n && lex.personAfter().contains(v.stem[i + 1]) ? 1 + cap : 0));
        for (String m : v.morph[i]) {
            k.add(FeatureHash.of(MORPH, m));
        }
        if (v.lemma[i] != null) {
            k.add(FeatureHash.of(MORPH_CAP, v.pos[i] == null ? "" : v.pos[i], Integer.toString(cap)));
            String lem = v.lemma[i].substring(MorphologyFeatures.LEMMA.length());
            if (!lem.equals(stem)) {
                // the lemma's news capitalisation and cluster, and the train names, where the form differs
                NewsLexicon.Entry e = lexicons.news().get(lem);
                k.add(FeatureHash.of(LEMMA_NEWS, e == null ? -1 : e.capBin() * 10 + Math.min(cap, 5)));
                k.add(FeatureHash.of(LEMMA_NEWS + 1000, e == null ? -1 : e.fine()));
                k.add(FeatureHash.of(LEMMA_GAZ, v.gazWordOf(lem) * 10L + cap));
            }
            for (int d = -1; d <= 2; d++) {
                int j = i + d;
                if (d == 0 || j < 0 || j >= v.n) {
                    continue;
                }
                if (v.pos[j] != null) {
                    k.add(FeatureHash.of(MORPH_AT + 100 * (d + 2), v.pos[j]));
                }
                if (v.gcase[j] != null) {
                    k.add(FeatureHash.of(MORPH_AT + 1000 + 100 * (d + 2), v.gcase[j]));
                }
                if (v.lemma[j] != null && Math.abs(d) == 1) {
                    k.add(FeatureHash.of(MORPH_AT + 2000 + 100 * (d + 2), v.lemma[j]));
                }
            }
        }
    }

    /** 0..4 for shares below 0.2, 0.5, 0.8, 0.95 and above. */
    private static int shareBin(int part, int total) {
        double s = (double) part / total;
        return s < 0.2 ? 0 : s < 0.5 ? 1 : s < 0.8 ? 2 : s < 0.95 ? 3 : 4;
    }

    /**
     * Distance (1..4) to an organisation or place head word to the right when every word up to it is
     * capitalised ({@code Ankara Büyükşehir Belediyesi}), 0 when none.
     */
    private static int headRight(View v, int i, WordList heads) {
        for (int j = i + 1; j < v.n && j - i <= 4; j++) {
            if (heads.contains(v.stem[j])) {
                return j - i;
            }
            if (v.cap[j] == 0 || v.cap[j] == 4) {
                return 0;
            }
        }
        return 0;
    }

    /** A growable array of keys. */
    private static final class Keys {
        long[] a = new long[96];
        int n;

        void clear() {
            n = 0;
        }

        void add(long key) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = key;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
