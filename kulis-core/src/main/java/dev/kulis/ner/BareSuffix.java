package dev.kulis.ner;

import dev.kulis.morph.NameSuffix;
import dev.kulis.text.TurkishCase;

/**
 * Finds a case suffix written without its apostrophe after a name the news know: {@code Türkiyede} →
 * {@code türkiye} + {@code 'de}, {@code CHPnin} → {@code chp} + {@code 'nin}, as older archives, careless copy and
 * headings write them. The features then read the name as if the apostrophe were there.
 */
final class BareSuffix {
    /** A stem must have been tagged as a name this often in the news. */
    static final int MIN_NAMED = 5;
    /** ... and this many times more often than the whole word, which may be a name of its own ({@code Emine}). */
    static final int OVER_WHOLE = 10;
    /** Capitalisation bin (of {@link NewsLexicon}) from which a word counts as one the news write capitalised. */
    static final int CAPITALISED = 4;
    /** Whole words the news write capitalised less often than this bin are common words ({@code Yarın}, {@code Sana}). */
    static final int COMMON_BELOW = 3;

    private BareSuffix() {
    }

    /**
     * Where the suffix of {@code token} (capitalised, without apostrophe) begins, or -1. The stem left must be
     * written capitalised in the news (at least 70% of the times it occurs mid-sentence) and tagged there as a name
     * at least half the times it is capitalised; the suffix must fit it by Turkish spelling, except after an
     * acronym ({@code ABDde}: letters are read by their names). A whole word the news write in lower case
     * ({@code Yarın}) or capitalised as it stands ({@code Avcılar}, {@code Nurdan}: a name of its own) is not split.
     */
    static int split(String token, NerLexicons lex) {
        return split(token, lex, true);
    }

    /**
     * {@link #split(String, NerLexicons)}; with {@code spelling} false the suffix need not fit the stem by Turkish
     * spelling, for foreign names said otherwise than written ({@code Bidenın}, said {@code Baydın}): the news'
     * knowledge of the stem then decides alone.
     */
    static int split(String token, NerLexicons lex, boolean spelling) {
        String word = TurkishCase.lower(token);
        NewsLexicon.Entry w = lex.news().get(word);
        if (w != null && (w.capBin() < COMMON_BELOW || w.capBin() >= CAPITALISED)) {
            return -1; // a common word (Yarın), or one the news write capitalised as it stands: a name (Avcılar, Nurdan)
        }
        NewsNames names = lex.names();
        int whole = named(names.get(word));
        if (!spelling && whole >= MIN_NAMED) {
            return -1; // without the spelling check, a word the news tag as a name itself is one: Gülle, not Gül + le
        }
        int best = -1, bestNamed = 0;
        for (int k : NameSuffix.splits(token, spelling)) {
            String stem = word.substring(0, k);
            NewsLexicon.Entry e = lex.news().get(stem);
            if (e == null || e.capBin() < CAPITALISED) {
                continue;
            }
            int[] c = names.get(stem);
            int n = named(c);
            if (n >= MIN_NAMED && 2 * n >= c[0] + n && n > OVER_WHOLE * whole && n > bestNamed) {
                best = k;
                bestNamed = n;
            }
        }
        return best;
    }

    private static int named(int[] counts) {
        return counts == null ? 0 : counts[1] + counts[2] + counts[3];
    }
}
