package dev.kulis.ner;

import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training sentences rewritten the way part of the text Kulis reads is written: without the apostrophe before a
 * name's suffix ({@code Türkiye'yi} → {@code Türkiyeyi}, older archives and careless copy), in capitals
 * (headings) or in lower case (transcripts, posts quoted as typed). The labels stay; a share of the training sentences is rewritten in place, so the tagger learns not
 * to lean on the apostrophe and on capitals alone, at no cost in training time.
 */
public final class SpellingVariants {
    private SpellingVariants() {
    }

    /**
     * {@code sentences} (joined tokenisation) with a share {@code bare} of those that have an apostrophe suffix
     * written without it, a share {@code caps} of all in capitals and a share {@code lower} in lower case (of those
     * not respelled already); deterministic for a seed.
     */
    static List<NerSentence> rewrite(List<NerSentence> sentences, double bare, double caps, double lower, long seed) {
        if (bare <= 0 && caps <= 0 && lower <= 0) {
            return sentences;
        }
        Random rnd = new Random(seed ^ 0x5eed_5a11L);
        List<NerSentence> out = new ArrayList<>(sentences.size());
        for (NerSentence s : sentences) {
            double r = rnd.nextDouble();
            if (r < bare && hasApostropheSuffix(s)) {
                out.add(withoutApostrophes(s));
            } else if (r >= bare && r < bare + caps) {
                out.add(inCapitals(s));
            } else if (r >= bare + caps && r < bare + caps + lower) {
                out.add(inLowerCase(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Sentences in Milliyet's tokenisation with every suffix joined to its word without the apostrophe. */
    public static List<NerSentence> withoutApostrophes(List<NerSentence> sentences) {
        return sentences.stream().map(s -> withoutApostrophes(SuffixTokens.joinSentence(s))).toList();
    }

    /** Sentences in capitals. */
    public static List<NerSentence> inCapitals(List<NerSentence> sentences) {
        return sentences.stream().map(SpellingVariants::inCapitals).toList();
    }

    /** Sentences in lower case. */
    public static List<NerSentence> inLowerCase(List<NerSentence> sentences) {
        return sentences.stream().map(SpellingVariants::inLowerCase).toList();
    }

    static boolean hasApostropheSuffix(NerSentence s) {
        return s.tokens().stream().anyMatch(t -> TokenForms.suffixStart(t) > 0);
    }

    /** Every apostrophe before a letter suffix dropped: {@code Kocaoğlu'na} → {@code Kocaoğluna}. */
    static NerSentence withoutApostrophes(NerSentence s) {
        List<String> tokens = new ArrayList<>(s.size());
        for (String t : s.tokens()) {
            int a = TokenForms.suffixStart(t);
            tokens.add(a > 0 ? t.substring(0, a) + t.substring(a + 1) : t);
        }
        return new NerSentence(tokens, s.labels());
    }

    /** Every token in Turkish lower case ({@code İ} → {@code i}, {@code I} → {@code ı}). */
    static NerSentence inLowerCase(NerSentence s) {
        return new NerSentence(s.tokens().stream().map(TurkishCase::lower).toList(), s.labels());
    }

    /** Every token in Turkish capitals ({@code i} → {@code İ}). */
    static NerSentence inCapitals(NerSentence s) {
        return new NerSentence(s.tokens().stream().map(TurkishCase::upper).toList(), s.labels());
    }
}
