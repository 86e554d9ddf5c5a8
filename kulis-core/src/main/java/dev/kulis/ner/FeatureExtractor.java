package dev.kulis.ner;

import dev.kulis.text.TurkishCase;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
            MORPH_AT = 47, LEMMA_NEWS = 48, LEMMA_GAZ = 49, MORPH_CAP = 50, SPELL = 57; // 51–56: NamePhrases

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    /** Offsets of the window features; a {@link Form} holds its keys as a neighbour at each. */
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final int W_WORD = 0, W_SHAPE = 1, W_PREFIX = 2, W_COARSE = 3, W_PREFIX4 = 4, W_FINE = 5,
            W_SUFFIX = 6, W_MIDDLE = 7, W_CAPBIN = 8, W_GAZ = 9, W_POS = 10, W_CASE = 11, W_LEMMA = 12, AT = 13;
    private static final long[] BEFORE_START = new long[OFFSETS.length], AFTER_END = new long[OFFSETS.length];

    static {
        for (int o = 0; o < OFFSETS.length; o++) {
            BEFORE_START[o] = FeatureHash.of(WORD_AT + 100 * (OFFSETS[o] + 2), "<s>");
            AFTER_END[o] = FeatureHash.of(WORD_AT + 100 * (OFFSETS[o] + 2), "</s>");
        }
    }

    private final NerLexicons lexicons;
    private final Function<String, MorphFeatures> morphology;

    /** Where the news' names put the end of the stem of a capitalised word written without apostrophe, or -1. */
    int newsStemEnd(String token) {
        return BareSuffix.split(token, lexicons, false);
    }

    public FeatureExtractor(NerLexicons lexicons, Function<String, MorphFeatures> morphology) {
        this.lexicons = lexicons;
        this.morphology = morphology;
    }

    /**
     * What the features read of one word form alone, with the keys that depend on nothing else already hashed
     * (as the token itself and as each neighbour): a word computed once serves every later occurrence.
     */
    static final class Form {
        final String stem, suffix;
        final int cap, fine, middle, coarse, capBin, gazWord, autoMajority;
        final int[] auto;
        final String lemma, pos;
        final boolean orgHead, locHead, personBefore, personAfter;
        final long spellKey;
        final long raw, lower, stemKey, suffixKey, length, shape, capsShape, fineKey, middleKey, coarseKey, capBinKey,
                gazWordKey;
        final long[] prefixes, endings, morph, autoKeys;
        /** Keys as a neighbour at OFFSETS[o]: {@code at[o * AT + field]}; 0 where the feature is absent. */
        final long[] at = new long[OFFSETS.length * AT];
        /** The lemma where it differs from the stem (else null), its news entry and gazetteer positions. */
        final String otherLemma;
        final NewsLexicon.Entry lemmaNews;
        final int lemmaGaz;

        Form(String t, NerLexicons lex, Gazetteer gaz, Function<String, MorphFeatures> morphology) {
            String low = TurkishCase.lower(t);
            cap = TokenForms.capClass(t);
            String s = TokenForms.lowerStem(t), x = TokenForms.suffix(t);
            // a name whose suffix lost its apostrophe (Türkiyede) reads as Türkiye'de: the same stem and suffix keys
            int bare = x.isEmpty() && (cap == 1 || cap == 2) ? BareSuffix.split(t, lex) : -1;
            stem = bare < 0 ? s : s.substring(0, bare);
            suffix = bare < 0 ? x : "'" + s.substring(bare);
            String shapeText = TokenForms.shape(t);
            NewsLexicon.Entry e = lex.news().get(stem);
            if (e == null && !suffix.isEmpty()) {
                e = lex.news().get(low.replace('’', '\''));
            }
            fine = e != null ? e.fine() : -1;
            middle = e != null ? e.middle() : -1;
            coarse = e != null ? e.coarse() : -1;
            capBin = e != null ? e.capBin() : 0;
            gazWord = gaz.wordPositions(stem);
            List<String> values = morphology.apply(t).values();
            String l = null, p = null, c = null;
            morph = new long[values.size()];
            for (int k = 0; k < values.size(); k++) {
                String m = values.get(k);
                morph[k] = FeatureHash.of(MORPH, m);
                if (m.startsWith(MorphologyFeatures.LEMMA)) {
                    l = m;
                } else if (m.startsWith(MorphologyFeatures.POS)) {
                    p = m;
                } else if (m.startsWith(MorphologyFeatures.CASE)) {
                    c = m;
                }
            }
            lemma = l;
            pos = p;
            auto = cap == 1 || cap == 2 ? lex.names().get(stem) : null;
            int maj = -1;
            if (auto != null) {
                for (int y = 0; y < 4; y++) {
                    if (maj < 0 || auto[y] > auto[maj]) {
                        maj = y;
                    }
                }
            }
            autoMajority = maj;
            // the spelling speaks for capitalised words the news names do not know
            spellKey = auto == null && (cap == 1 || cap == 2) && stem.length() >= 2
                    ? FeatureHash.of(SPELL, lex.spelling().guess(stem)) : 0;
            orgHead = lex.orgHeads().contains(stem);
            locHead = lex.locHeads().contains(stem);
            personBefore = lex.personBefore().contains(stem);
            personAfter = lex.personAfter().contains(stem);

            raw = FeatureHash.of(RAW, t);
            lower = FeatureHash.of(LOWER, low);
            stemKey = FeatureHash.of(STEM, stem);
            suffixKey = FeatureHash.of(SUFFIX, suffix);
            length = FeatureHash.of(LENGTH, Math.min(stem.length(), 12));
            prefixes = new long[Math.min(4, stem.length())];
            for (int k = 1; k <= prefixes.length; k++) {
                prefixes[k - 1] = FeatureHash.of(PREFIX, stem, 0, k);
            }
            endings = new long[Math.max(0, Math.min(5, low.length() - 1))];
            for (int k = 1; k <= endings.length; k++) {
                endings[k - 1] = FeatureHash.of(ENDING, low, low.length() - k, low.length());
            }
            shape = FeatureHash.of(SHAPE, shapeText);
            capsShape = FeatureHash.of(SHAPE, "C:" + shapeText);
            fineKey = FeatureHash.of(FINE, fine);
            middleKey = FeatureHash.of(MIDDLE, middle);
            coarseKey = FeatureHash.of(COARSE, coarse);
            capBinKey = FeatureHash.of(CAPBIN, capBin);
            gazWordKey = FeatureHash.of(GAZ_WORD, gazWord);
            for (int o = 0; o < OFFSETS.length; o++) {
                int d = OFFSETS[o], off = 100 * (d + 2);
                at[o * AT + W_WORD] = FeatureHash.of(WORD_AT + off, stem);
                at[o * AT + W_SHAPE] = FeatureHash.of(SHAPE_AT + off, shapeText);
                at[o * AT + W_PREFIX] = FeatureHash.of(PREFIX_AT + off, stem, 0, Math.min(5, stem.length()));
                at[o * AT + W_COARSE] = FeatureHash.of(COARSE_AT + off, coarse);
                if (Math.abs(d) == 1) {
                    at[o * AT + W_PREFIX4] = FeatureHash.of(PREFIX_AT + 1000 + off, stem, 0, Math.min(4, stem.length()));
                    at[o * AT + W_FINE] = FeatureHash.of(FINE_AT + off, fine);
                    at[o * AT + W_SUFFIX] = FeatureHash.of(SUFFIX_AT + off, suffix);
                    at[o * AT + W_MIDDLE] = FeatureHash.of(MIDDLE_AT + off, middle);
                    at[o * AT + W_CAPBIN] = FeatureHash.of(CAPBIN_AT + off, capBin * 10 + cap);
                    at[o * AT + W_GAZ] = FeatureHash.of(GAZ_WORD_AT + off, gazWord);
                    at[o * AT + W_LEMMA] = lemma == null ? 0 : FeatureHash.of(MORPH_AT + 2000 + off, lemma);
                }
                at[o * AT + W_POS] = p == null ? 0 : FeatureHash.of(MORPH_AT + off, p);
                at[o * AT + W_CASE] = c == null ? 0 : FeatureHash.of(MORPH_AT + 1000 + off, c);
            }
            if (auto != null) {
                int[] a = auto;
                int total = a[0] + a[1] + a[2] + a[3];
                int countBin = Math.min(5, 31 - Integer.numberOfLeadingZeros(total));
                long[] keys = new long[5];
                int n = 0;
                keys[n++] = FeatureHash.of(AUTO, maj * 100 + shareBin(a[maj], total) * 10 + countBin);
                for (int k = 1; k < 4; k++) {
                    if (a[k] > 0) {
                        keys[n++] = FeatureHash.of(AUTO_TYPE, k * 10 + shareBin(a[k], total));
                    }
                }
                int[] byLabel = lex.names().labels(stem);
                if (byLabel != null && maj > 0) {
                    // first name or surname, first or last word of an organisation's name
                    int b = byLabel[2 * maj - 1], in = byLabel[2 * maj];
                    keys[n++] = FeatureHash.of(AUTO_POSITION, maj * 10 + shareBin(b, Math.max(1, b + in)));
                }
                autoKeys = Arrays.copyOf(keys, n);
            } else {
                autoKeys = null;
            }
            String lem = lemma == null ? null : lemma.substring(MorphologyFeatures.LEMMA.length());
            otherLemma = lem != null && !lem.equals(stem) ? lem : null;
            lemmaNews = otherLemma == null ? null : lex.news().get(otherLemma);
            lemmaGaz = otherLemma == null ? 0 : gaz.wordPositions(otherLemma);
        }
    }

    /** Per-token views of a sentence computed once and shared by the window features. */
    private static final class View {
        final int n;
        final Form[] form;
        final int[] gazPhrase;
        final boolean capsLine;

        View(List<String> tokens, Function<String, Form> forms, Gazetteer gaz) {
            n = tokens.size();
            form = new Form[n];
            gazPhrase = new int[n];
            int letterWords = 0, capsWords = 0;
            for (int i = 0; i < n; i++) {
                Form f = forms.apply(tokens.get(i));
                form[i] = f;
                if (f.cap <= 2) {
                    letterWords++;
                    if (f.cap == 2) {
                        capsWords++;
                    }
                }
            }
            capsLine = capsWords >= 2 && capsWords * 5 >= letterWords * 4;
            matchPhrases(gaz);
        }

        int cap(int i) {
            return form[i].cap;
        }

        private void matchPhrases(Gazetteer gaz) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (cap(i) == 0 || cap(i) == 4) {
                    continue;
                }
                b.setLength(0);
                int bestEnd = -1, bestTypes = 0;
                for (int j = i; j < n && j - i < Gazetteer.MAX_PHRASE; j++) {
                    if (j > i) {
                        b.append(' ');
                    }
                    b.append(form[j].stem);
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

    /** The forms of a gazetteer's words, computed anew for each word (training: nothing is kept). */
    Function<String, Form> forms(Gazetteer gazetteer) {
        return t -> new Form(t, lexicons, gazetteer, morphology);
    }

    /**
     * The forms of a gazetteer's words, kept for up to {@code limit} distinct words (the first met: frequent
     * words come early) and shared by threads.
     */
    Function<String, Form> cachedForms(Gazetteer gazetteer, int limit) {
        ConcurrentHashMap<String, Form> cache = new ConcurrentHashMap<>();
        return t -> {
            Form f = cache.get(t);
            if (f == null) {
                f = new Form(t, lexicons, gazetteer, morphology);
                if (cache.size() < limit) {
                    cache.put(t, f);
                }
            }
            return f;
        };
    }

    /** Feature keys of every token of {@code tokens}, with {@code gazetteer} as the learned name list. */
    public long[][] extract(List<String> tokens, Gazetteer gazetteer) {
        return extract(tokens, gazetteer, forms(gazetteer), null);
    }

    /**
     * {@link #extract(List, Gazetteer)} with the word forms from {@code forms} (made for the same gazetteer); the
     * form of each token is also put in {@code used} when it is not null.
     */
    long[][] extract(List<String> tokens, Gazetteer gazetteer, Function<String, Form> forms, Form[] used) {
        View v = new View(tokens, forms, gazetteer);
        if (used != null) {
            System.arraycopy(v.form, 0, used, 0, v.n);
        }
        long[][] out = new long[v.n][];
        Keys k = new Keys();
        long[][] phrase = phraseKeys(tokens, v);
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

    /** The name-phrase keys of every token (templates of {@link NamePhrases}). */
    private long[][] phraseKeys(List<String> tokens, View v) {
        String[] raw = tokens.toArray(String[]::new);
        String[] lower = new String[v.n];
        String[] stem = new String[v.n];
        int[] cap = new int[v.n];
        for (int i = 0; i < v.n; i++) {
            lower[i] = TurkishCase.lower(raw[i]);
            stem[i] = v.form[i].stem;
            cap[i] = v.form[i].cap;
        }
        return NamePhrases.keys(raw, lower, stem, cap, lexicons);
    }

    private static void token(View v, int i, Keys k) {
        Form f = v.form[i];
        boolean initial = i == 0 || (i == 1 && v.cap(0) == 4);
        int cap = v.capsLine && f.cap <= 2 ? 5 : f.cap;
        String stem = f.stem;
        k.add(FeatureHash.of(BIAS, 0));
        if (!v.capsLine) {
            k.add(f.raw);
        }
        k.add(f.lower);
        k.add(f.stemKey);
        k.add(f.suffixKey);
        k.add(FeatureHash.of(STEM_SUFFIX, f.suffix, DIGITS[cap]));
        k.add(f.length);
        k.addAll(f.prefixes);
        k.addAll(f.endings);
        k.add(v.capsLine ? f.capsShape : f.shape);
        k.add(FeatureHash.of(CAP, cap));
        k.add(FeatureHash.of(CAP_INITIAL, cap * 2 + (initial ? 1 : 0)));
        k.add(FeatureHash.of(CAPS_LINE, v.capsLine ? 1 : 0));
        int capL = i > 0 ? v.cap(i - 1) : 9, capR = i + 1 < v.n ? v.cap(i + 1) : 9;
        k.add(FeatureHash.of(CAP_WINDOW, capL * 100 + cap * 10 + capR));
        for (int o = 0; o < OFFSETS.length; o++) {
            int d = OFFSETS[o];
            int j = i + d;
            if (j < 0 || j >= v.n) {
                k.add(j < 0 ? BEFORE_START[o] : AFTER_END[o]);
                continue;
            }
            Form g = v.form[j];
            k.add(g.at[o * AT + W_WORD]);
            k.add(g.at[o * AT + W_SHAPE]);
            // a neighbour's first letters stand in for its lemma: "firmasıyla", "firmaları" → "firma"
            k.add(g.at[o * AT + W_PREFIX]);
            if (Math.abs(d) == 1) {
                k.add(g.at[o * AT + W_PREFIX4]);
                k.add(g.at[o * AT + W_FINE]);
                k.add(g.at[o * AT + W_SUFFIX]);
                k.add(g.at[o * AT + W_MIDDLE]);
                k.add(g.at[o * AT + W_CAPBIN]);
                k.add(g.at[o * AT + W_GAZ]);
                k.add(FeatureHash.of(GAZ_PHRASE_AT + 100 * (d + 2), v.gazPhrase[j]));
            }
            k.add(g.at[o * AT + W_COARSE]);
        }
        k.add(FeatureHash.of(BIGRAM_LEFT, i > 0 ? v.form[i - 1].stem : "<s>", stem));
        k.add(FeatureHash.of(BIGRAM_RIGHT, stem, i + 1 < v.n ? v.form[i + 1].stem : "</s>"));
        k.add(f.fineKey);
        k.add(FeatureHash.of(FINE_SUFFIX, f.fine * 16L + cap, f.suffix));
        k.add(f.middleKey);
        k.add(f.coarseKey);
        k.add(f.capBinKey);
        k.add(FeatureHash.of(CAPBIN_INITIAL, f.capBin * 100 + cap * 2 + (initial ? 1 : 0)));
        k.add(FeatureHash.of(GAZ_PHRASE, v.gazPhrase[i] * 10L + cap));
        k.add(f.gazWordKey);
        for (int bit = 0; bit < 6; bit++) {
            if ((f.gazWord & (1 << bit)) != 0) {
                k.add(FeatureHash.of(GAZ_WORD + 1000, bit * 10 + cap));
            }
        }
        if (f.spellKey != 0) {
            k.add(f.spellKey);
        }
        if (f.autoKeys != null) {
            k.addAll(f.autoKeys);
        } else {
            k.add(FeatureHash.of(AUTO, -1 - cap));
        }
        k.add(FeatureHash.of(AUTO_AT, (i > 0 ? v.form[i - 1].autoMajority : -2) * 10
                + (i + 1 < v.n ? v.form[i + 1].autoMajority : -2)));
        // place in the run of capitalised words around the token: names are such runs, and their edges matter
        if (f.cap == 1 || f.cap == 2) {
            int from = i, to = i + 1;
            while (from > 0 && (v.cap(from - 1) == 1 || v.cap(from - 1) == 2)) {
                from--;
            }
            while (to < v.n && (v.cap(to) == 1 || v.cap(to) == 2)) {
                to++;
            }
            k.add(FeatureHash.of(CAP_RUN, Math.min(i - from, 3) * 100 + Math.min(to - i - 1, 3) * 10
                    + (initial ? 1 : 0)));
        }
        k.add(FeatureHash.of(ORG_HEAD, f.orgHead ? 1 + cap : 0));
        k.add(FeatureHash.of(LOC_HEAD, f.locHead ? 1 + cap : 0));
        k.add(FeatureHash.of(ORG_HEAD_RIGHT, headRight(v, i, true)));
        k.add(FeatureHash.of(LOC_HEAD_RIGHT, headRight(v, i, false)));
        k.add(FeatureHash.of(PERSON_BEFORE, i > 0 && v.form[i - 1].personBefore ? 1 + cap : 0));
        k.add(FeatureHash.of(PERSON_AFTER, i + 1 < v.n && v.form[i + 1].personAfter ? 1 + cap : 0));
        k.addAll(f.morph);
        if (f.lemma != null) {
            k.add(FeatureHash.of(MORPH_CAP, f.pos == null ? "" : f.pos, DIGITS[cap]));
            if (f.otherLemma != null) {
                // the lemma's news capitalisation and cluster, and the train names, where the form differs
                NewsLexicon.Entry e = f.lemmaNews;
                k.add(FeatureHash.of(LEMMA_NEWS, e == null ? -1 : e.capBin() * 10 + Math.min(cap, 5)));
                k.add(FeatureHash.of(LEMMA_NEWS + 1000, e == null ? -1 : e.fine()));
                k.add(FeatureHash.of(LEMMA_GAZ, f.lemmaGaz * 10L + cap));
            }
            for (int o = 1; o < OFFSETS.length; o++) { // d = -1, 1, 2
                int j = i + OFFSETS[o];
                if (j < 0 || j >= v.n) {
                    continue;
                }
                Form g = v.form[j];
                if (g.at[o * AT + W_POS] != 0) {
                    k.add(g.at[o * AT + W_POS]);
                }
                if (g.at[o * AT + W_CASE] != 0) {
                    k.add(g.at[o * AT + W_CASE]);
                }
                if (g.at[o * AT + W_LEMMA] != 0) {
                    k.add(g.at[o * AT + W_LEMMA]);
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
     * Distance (1..4) to an organisation (or place) head word to the right when every word up to it is
     * capitalised ({@code Ankara Büyükşehir Belediyesi}), 0 when none.
     */
    private static int headRight(View v, int i, boolean organisation) {
        for (int j = i + 1; j < v.n && j - i <= 4; j++) {
            if (organisation ? v.form[j].orgHead : v.form[j].locHead) {
                return j - i;
            }
            if (v.cap(j) == 0 || v.cap(j) == 4) {
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

        void addAll(long[] keys) {
            if (n + keys.length > a.length) {
                a = Arrays.copyOf(a, Math.max(n * 2, n + keys.length));
            }
            System.arraycopy(keys, 0, a, n, keys.length);
            n += keys.length;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
