package dev.kulis.morph;

import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Morphological analysis of single Turkish word forms: the facade over Starlang's analyser that the rest of Kulis
 * uses. Every input gets at least one {@link Analysis}, sorted best first by a context-free score:
 * <ul>
 *   <li>words the lexicon knows: every reading, lemma by UD conventions (root of the reading);</li>
 *   <li>{@code Kocaoğlu'na}, {@code 2014'teki}, {@code Türkiye’nin}: the part before the apostrophe is the lemma;</li>
 *   <li>{@code Kardashianın}, {@code Westden} (apostrophe lost): name + case suffix when the name is unknown;</li>
 *   <li>{@code SOYER}, {@code İZMİR'DE}: analysed through Turkish case mapping;</li>
 *   <li>numbers, punctuation, URLs, e-mail addresses: themselves, with UPOS NUM, PUNCT, X;</li>
 *   <li>unknown words: themselves, lower-cased unless capitalised, {@code known=false}.</li>
 * </ul>
 * Thread-safe; {@link #shared()} loads the lexicon once per process.
 */
public final class Morphology {
    /** Forms kept by the shared instance's cache: news vocabulary follows Zipf's law, 300k forms cover ~99% of tokens. */
    public static final int DEFAULT_CACHE = 300_000;

    private static volatile Morphology shared;

    /** Longer forms are no words (the longest Turkish words run to about 70 letters) and skip the analyser. */
    static final int MAX_WORD = 100;
    private final StarlangAnalyzer fsm;
    private final LemmaStatistics stats;
    private final LemmaConventions conventions;
    private final AnalysisCache cache;
    private final MorphTable table;
    private final java.util.concurrent.atomic.LongAdder computed = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder tableHits = new java.util.concurrent.atomic.LongAdder();

    Morphology(StarlangAnalyzer fsm, LemmaStatistics stats, int cacheSize) {
        this(fsm, stats, cacheSize, MorphTable.EMPTY);
    }

    Morphology(StarlangAnalyzer fsm, LemmaStatistics stats, int cacheSize, MorphTable table) {
        this.fsm = fsm;
        this.table = table;
        this.stats = stats;
        this.conventions = LemmaConventions.load();
        this.cache = new AnalysisCache(cacheSize);
    }

    /** The process-wide instance; the first call loads the lexicon (a few seconds), later calls return at once. */
    public static Morphology shared() {
        Morphology m = shared;
        if (m == null) {
            synchronized (Morphology.class) {
                m = shared;
                if (m == null) {
                    m = new Morphology(new StarlangAnalyzer(), LemmaStatistics.load(), DEFAULT_CACHE, MorphTable.load());
                    shared = m;
                }
            }
        }
        return m;
    }

    /** A new instance sharing this one's lexicon and analyser but with other statistics (training, experiments). */
    Morphology withStatistics(LemmaStatistics s) {
        return new Morphology(fsm, s, DEFAULT_CACHE, table);
    }

    /** A new instance sharing this one's lexicon, analyser and statistics but with another precomputed table. */
    Morphology withTable(MorphTable t) {
        return new Morphology(fsm, stats, DEFAULT_CACHE, t);
    }

    /**
     * A new instance sharing this one's lexicon, analyser, statistics and table but with an empty cache: every form
     * is new to it (benchmarks of the morphology of unseen text).
     */
    public Morphology fresh() {
        return new Morphology(fsm, stats, DEFAULT_CACHE, table);
    }

    /** Calls of the Starlang analyser so far, by all instances sharing it (for monitoring). */
    public long analyzerCalls() {
        return fsm.calls();
    }

    MorphTable table() {
        return table;
    }

    StarlangAnalyzer analyzer() {
        return fsm;
    }

    /** All readings of one word form as written, best first; never empty. */
    public List<Analysis> analyze(String word) {
        return cache.get(word, this::compute);
    }

    /** Number of forms in the cache (for monitoring). */
    public int cachedForms() {
        return cache.size();
    }

    /** Forms analysed afresh so far, i.e. cache misses (for monitoring). */
    public long computedForms() {
        return computed.sum();
    }

    /** Cache misses answered from the precomputed table, without the analyser (for monitoring). */
    public long tableHits() {
        return tableHits.sum();
    }

    private List<Analysis> compute(String word) {
        computed.increment();
        String w = normalise(word);
        switch (WordShape.of(w)) {
            case PUNCT:
                return List.of(fixed(word, "PUNCT", "PUNC"));
            case SYMBOL:
                return List.of(fixed(word, "SYM", "SYM"));
            case URL:
                return List.of(fixed(word, "X", "URL"));
            case EMAIL:
                return List.of(fixed(word, "X", "EMAIL"));
            case NUMBER:
                return List.of(number(w));
            default:
                return wordReadings(w);
        }
    }

    static String normalise(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '\'' && Apostrophes.is(c)) {
                if (b == null) {
                    b = new StringBuilder(word);
                }
                b.setCharAt(i, '\'');
            }
        }
        return b == null ? word : b.toString();
    }

    private static Analysis fixed(String w, String pos, String tag) {
        return new Analysis(w, pos, tag, null, false, true, 0, w + "+" + tag, 0);
    }

    private static Analysis number(String w) {
        int cut = w.indexOf('\'');
        if (cut < 0) {
            cut = w.length();
            while (cut > 0 && Character.isLetter(w.charAt(cut - 1))) {
                cut--;
            }
            if (cut == 0) {
                cut = w.length();
            }
        }
        String stem = w.substring(0, cut);
        String tail = w.substring(Math.min(w.length(), cut + (cut < w.length() && w.charAt(cut) == '\'' ? 1 : 0)));
        String gcase = tail.isEmpty() ? null : NameSuffix.caseOf(tail);
        return new Analysis(stem, "NUM", "NUM", gcase, false, true, 0, stem + "+NUM" + (tail.isEmpty() ? "" : "+'" + tail), 0);
    }

    private List<Analysis> wordReadings(String w) {
        Resolution r = table.get(w);
        if (r == null) {
            r = resolve(w);
        } else {
            tableHits.increment();
        }
        return finish(w, r);
    }

    /** The analyses of a word-shaped form from its resolution: readings are scored and lemmatised here. */
    List<Analysis> finish(String w, Resolution r) {
        return r.fixed() != null ? List.of(r.fixed()) : scored(w, r.readings());
    }

    /** What the analyser says about a word-shaped (normalised) form; the only place that calls Starlang. */
    Resolution resolve(String w) {
        if (w.length() > MAX_WORD) {
            // no word is this long; the analyser's trie recursion would overflow on a hostile token
            return Resolution.of(unknown(w, w.length() > 1 && TurkishCase.isAllCaps(w)));
        }
        int ap = Apostrophes.suffixStart(w);
        if (ap > 0) {
            return Resolution.of(apostrophe(w, ap));
        }
        boolean caps = w.length() > 1 && TurkishCase.isAllCaps(w);
        String q = caps ? TurkishCase.title(w) : w;
        List<Reading> rs = fsm.readings(q);
        if (rs.isEmpty() && caps) {
            rs = fsm.readings(TurkishCase.lower(w));
        }
        if (!rs.isEmpty()) {
            return Resolution.of(rs);
        }
        if (Character.isUpperCase(w.charAt(0))) {
            Analysis named = nameWithoutApostrophe(w, caps);
            if (named != null) {
                return Resolution.of(named);
            }
        }
        return Resolution.of(unknown(w, caps));
    }

    private List<Analysis> scored(String w, List<Reading> rs) {
        String lw = TurkishCase.lower(w);
        String formLemma = null;
        boolean formLemmaDone = false;
        List<Analysis> out = new ArrayList<>(rs.size());
        for (int i = 0; i < rs.size(); i++) {
            Reading r = rs.get(i);
            boolean proper = r.proper();
            String lemma;
            if (proper) {
                lemma = properLemma(w, r.root());
            } else {
                if (!formLemmaDone) {
                    formLemma = conventions.formLemma(lw);
                    formLemmaDone = true;
                }
                lemma = conventions.lemma(formLemma, r.root());
            }
            String pos = proper ? "PROPN" : r.upos();
            out.add(new Analysis(lemma, pos, r.rootPos(), r.grammaticalCase(), proper, true, r.derivations(), r.raw(),
                    ReadingScorer.score(stats, lw, rs, i)));
        }
        out.sort(Comparator.comparingDouble(Analysis::score).reversed());
        return List.copyOf(out);
    }

    /** A proper root in the spelling of the text ({@code İZMİR'DE} → {@code İzmir}, {@code Ankara} → {@code Ankara}). */
    private static String properLemma(String w, String root) {
        String surface = w.length() >= root.length() ? w.substring(0, root.length()) : w;
        if (!TurkishCase.lower(surface).equals(root)) {
            return TurkishCase.title(root);
        }
        return TurkishCase.isAllCaps(w) && surface.length() > 3 ? TurkishCase.title(surface) : surface;
    }

    private Analysis apostrophe(String w, int ap) {
        String stem = w.substring(0, ap);
        String tail = w.substring(ap + 1);
        if (WordShape.of(stem) == WordShape.NUMBER) {
            return number(w);
        }
        boolean capital = Character.isUpperCase(stem.charAt(0));
        boolean caps = TurkishCase.isAllCaps(w);
        List<Reading> rs = fsm.readings(caps ? TurkishCase.title(w) : capital ? w : TurkishCase.title(w));
        String gcase = null;
        String raw = stem + "+NOUN+PROP+'" + tail;
        Reading p = properReading(rs);
        if (p != null) {
            gcase = p.grammaticalCase();
            raw = p.raw();
        }
        if (gcase == null) {
            gcase = NameSuffix.caseOf(tail);
        }
        String lemma = !capital ? TurkishCase.lower(stem)
                : caps && stem.length() > 3 ? TurkishCase.title(stem) : stem;
        return new Analysis(lemma, capital ? "PROPN" : "NOUN", "NOUN", gcase, capital, !rs.isEmpty(), 0, raw, 0);
    }

    /**
     * {@code Kardashianın} → {@code Kardashian} + genitive: the analyser must accept the name with an apostrophe.
     * The shortest suffix wins (names ending in a consonant are the commoner case), except that a stem never ends
     * in the buffer letter {@code y} ({@code Obamaya} → {@code Obama}) nor in {@code ğ} or {@code ğ} + consonant
     * ({@code Karaburunoğlu} is not {@code Karaburunoğl} + accusative); such splits are not even tried. A split whose
     * suffix vowel follows the stem's is asked first; names that sound
     * otherwise than they are spelled ({@code Googleda}, {@code Chelseanin}) take the shortest suffix the analyser
     * accepts. A known place + {@code -lı} ({@code Akşehirli}, {@code Gebzeli}) is a name as it stands.
     */
    private Analysis nameWithoutApostrophe(String w, boolean caps) {
        String lower = TurkishCase.lower(w);
        if (placeAndLi(w, lower, caps)) {
            return name(w, caps, "Nom", lower + "+NOUN+PROP+A3SG+PNON+NOM");
        }
        for (boolean harmony : new boolean[] {true, false}) {
            for (int k = w.length() - 1; k >= Math.max(2, w.length() - NameSuffix.LONGEST); k--) {
                String tail = lower.substring(k);
                boolean acronym = NameSuffix.afterAcronym(w, k);
                if (!NameSuffix.isSuffix(tail) || lower.charAt(k - 1) == 'y' || !NameSuffix.plausibleStem(lower, k)
                        || !acronym && keptWholeInC(lower, k)
                        || !acronym && !hasVowel(lower, k)) { // ZKPn + in: only an acronym is spoken without vowels
                    continue;
                }
                if (harmony != (acronym || NameSuffix.vowelsFit(lower, k, tail.length() > 1))) {
                    continue; // fitting splits first, then the others; none is asked twice
                }
                if (locativeRatherThan(w, lower, k, caps)) {
                    continue; // Ankarada is Ankara + da, not Ankarad + a
                }
                Analysis a = properSplit(w, lower, k, caps);
                if (a != null) {
                    return a;
                }
            }
        }
        int k = NameSuffix.distinctiveSplit(w, 3);
        if (k > 0) {
            String stem = w.substring(0, k);
            return name(stem, caps, NameSuffix.caseOf(lower.substring(k)), stem + "+NOUN+PROP+" + lower.substring(k));
        }
        return null;
    }

    /**
     * A name written without apostrophe that ends in {@code -ca}/{@code -ce} ({@code Karsuvaca}, {@code Tamince}) or
     * in {@code c} + one vowel ({@code Kuşcu}, {@code Florence}) is far more often a name of its own than a name +
     * equative, or a stem in {@code c} + dative or accusative: neither split is made (acronyms aside: {@code AKPce}).
     */
    private static boolean keptWholeInC(String lower, int k) {
        return k == lower.length() - 1 && lower.charAt(k - 1) == 'c' // Koça stays Koç + dative: ç is kept before it
                || "Equ".equals(NameSuffix.caseOf(lower.substring(k)));
    }

    /**
     * Whether a one-vowel suffix after a stem in {@code d}/{@code t} ({@code Ankarad} + {@code a}) should give way to
     * the locative ({@code Ankara} + {@code da}): the analyser accepts any stem before an apostrophe, so the shorter
     * suffix would always win. The dative stays where the analyser knows the longer stem as a name ({@code Davud'a},
     * {@code Madrid'e}). Counted on the apostrophes of a quarter of the kemik news: where it knows neither stem,
     * 2,994 such words are locatives and 124 datives ({@code Dortmund'a}, {@code Lampard'a}); where it knows the
     * shorter only, 12,897 and 6; the longer, 13 and 312; both, 13 and 46.
     */
    private boolean locativeRatherThan(String w, String lower, int k, boolean caps) {
        if (k < 4 || k != lower.length() - 1 || "dt".indexOf(lower.charAt(k - 1)) < 0
                || !NameSuffix.isSuffix(lower.substring(k - 1)) || !NameSuffix.harmonious(lower, k - 1, true)) {
            return false;
        }
        return !knownName(w.substring(0, k), caps);
    }

    private boolean knownName(String stem, boolean caps) {
        return properReading(fsm.readings(caps ? TurkishCase.title(stem) : stem)) != null;
    }

    /** The analysis of {@code w} as a name split at {@code k} when the analyser accepts the name there, else null. */
    private Analysis properSplit(String w, String lower, int k, boolean caps) {
        String cand = w.substring(0, k) + "'" + w.substring(k);
        Reading r = properReading(fsm.readings(caps ? TurkishCase.title(cand) : cand));
        if (r == null) {
            return null;
        }
        String root = r.root();
        if (root != null && root.length() < k && root.length() >= 2 && lower.startsWith(TurkishCase.lower(root))) {
            k = root.length(); // Kardashianların: the analyser read the plural too, and its root is the name
        }
        int b = bufferedName(w, lower, k, caps);
        return b > 0 ? name(w.substring(0, b), caps, r.grammaticalCase(),
                        lower.substring(0, b) + r.raw().substring(r.raw().indexOf('+')))
                : name(w.substring(0, k), caps, r.grammaticalCase(), r.raw());
    }

    /**
     * The analyser's proper-name reading, one without a possessive first: {@code Kardashian'ın} is a genitive, not
     * "your Kardashian"; null when there is none.
     */
    private static Reading properReading(List<Reading> rs) {
        Reading first = null;
        for (Reading r : rs) {
            if (r.proper()) {
                if (r.raw().contains("+PNON+")) {
                    return r;
                }
                if (first == null) {
                    first = r;
                }
            }
        }
        return first;
    }

    /** {@code Akşehirli}: a proper name the analyser knows + {@code -lı/-li/-lu/-lü}, which it does not derive itself. */
    private boolean placeAndLi(String w, String lower, boolean caps) {
        int n = lower.length();
        return n >= 5 && lower.charAt(n - 2) == 'l' && "ıiuü".indexOf(lower.charAt(n - 1)) >= 0
                && NameSuffix.vowelsFit(lower, n - 2, true) && knownName(w.substring(0, n - 2), caps);
    }

    /**
     * {@code Kocaoğluna} is {@code Kocaoğlu} + buffer {@code n} + dative, not {@code Kocaoğlun} + dative: when the
     * stem {@code w[0, k)} ends in {@code n} after a vowel and a vowel-initial suffix follows, the stem without the
     * {@code n} wins if the analyser knows it as a proper name. Returns that shorter stem's length, else -1.
     */
    private int bufferedName(String w, String lower, int k, boolean caps) {
        if (k < 3 || lower.charAt(k - 1) != 'n' || !isVowel(lower.charAt(k - 2)) || !isVowel(lower.charAt(k))) {
            return -1;
        }
        return knownName(w.substring(0, k - 1), caps) ? k - 1 : -1;
    }

    private static boolean hasVowel(String lower, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeıioöuüâîû".indexOf(c) >= 0;
    }

    private static Analysis name(String stem, boolean caps, String gcase, String raw) {
        String lemma = caps && stem.length() > 3 ? TurkishCase.title(stem) : stem;
        return new Analysis(lemma, "PROPN", "NOUN", gcase, true, false, 0, raw, 0);
    }

    private static Analysis unknown(String w, boolean caps) {
        boolean capital = Character.isUpperCase(w.charAt(0));
        String lemma = !capital ? TurkishCase.lower(w) : caps && w.length() > 3 ? TurkishCase.title(w) : w;
        return new Analysis(lemma, capital ? "PROPN" : "NOUN", "UNKNOWN", null, capital, false, 0, w + "+UNKNOWN", 0);
    }
}
