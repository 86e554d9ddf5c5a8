package dev.kulis.quotes;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.List;

/**
 * Recognises verbs of saying in the token stream: entries of the speech-verb lexicon in any form (a stem
 * matches its inflected, converb and participle forms, checked against the morphological analysis so that
 * {@code sorun} is not {@code sor-}), the verb {@code demek} by its lemma, and {@code diye} + verb.
 */
final class CueFinder {
    private final QuoteLexicon lexicon;
    private final List<Token> tokens;

    CueFinder(QuoteLexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** A cue whose verb is token {@code k}, or null. {@code direct}: frame wanted (true D, false I). */
    Cue endingAt(int k, boolean direct) {
        if (k < 0 || k >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(k);
        if (!Reading.isWord(t) || !Reading.isVerb(t)) {
            return null;
        }
        VerbForm form = Reading.form(t);
        if (form == VerbForm.NONE || form == VerbForm.NOMINAL) {
            return null;
        }
        if (direct && isDe(t)) {
            return new Cue(k, k, form, passive(t, "de"), false, false, false);
        }
        for (SpeechVerb v : lexicon.verbs) {
            if ((direct ? !v.direct() : !v.indirect()) || !stemMatches(t, v.stem())) {
                continue;
            }
            int first = k - v.lead().size();
            if (first < 0 || !leadMatches(first, v.lead())) {
                continue;
            }
            return new Cue(first, k, form, passive(t, v.stem()), v.addressee(), v.request(), v.dative());
        }
        return null;
    }

    /** A cue for a direct quotation beginning at token {@code k}: {@code dedi}, {@code diye konuştu}, … */
    Cue startingAt(int k) {
        if (k >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(k);
        if ("diye".equals(Reading.lower(t))) {
            for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                Token u = tokens.get(j);
                if (u.kind() != TokenKind.WORD || isStop(u)) {
                    break;
                }
                VerbForm f = Reading.form(u);
                if (f == VerbForm.FINITE || f == VerbForm.CONVERB || f == VerbForm.PARTICIPLE) {
                    Cue spoken = endingAt(j, true);
                    return new Cue(k, j, f, spoken != null && spoken.passive(), spoken != null && spoken.addressee(), false, false);
                }
            }
            return new Cue(k, k, VerbForm.CONVERB, false, false, false, false);
        }
        for (int extra = 0; extra < 3; extra++) {
            Cue c = endingAt(k + extra, true);
            if (c != null && c.first() == k) {
                return c;
            }
        }
        return null;
    }

    /** A cue noun right after a quotation ("…" ifadelerini kullandı, "…" şeklinde konuştu), with its verb. */
    Cue nounAt(int k) {
        if (k >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(k);
        if (!Reading.isWord(t) || !isCueNoun(t)) {
            return null;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            Token u = tokens.get(j);
            if (u.kind() != TokenKind.WORD) {
                break;
            }
            VerbForm f = Reading.form(u);
            if (f == VerbForm.FINITE || f == VerbForm.CONVERB || f == VerbForm.PARTICIPLE) {
                Cue spoken = endingAt(j, true);
                return new Cue(k, j, f, spoken != null && spoken.passive(), spoken != null && spoken.addressee(), false, false);
            }
        }
        return new Cue(k, k, VerbForm.NOMINAL, false, false, false, false);
    }

    /** Any word of saying ending at {@code k}, in any frame: for the lead-in of {@code …şöyle dedi: "…"}. */
    Cue anyEndingAt(int k) {
        Cue c = endingAt(k, true);
        return c != null ? c : endingAt(k, false);
    }

    /**
     * A passive form of the verb ({@code belirtildi}, {@code denildi}, {@code ifade edilen}): the analysis
     * has a passive and the suffix after the stem begins with it (so {@code seslendi}, whose stem holds
     * the -n, is active).
     */
    static boolean passive(Token t, String stem) {
        if (!Reading.passive(t)) {
            return false;
        }
        String w = Reading.lower(t);
        String rest = w.length() > stem.length() ? w.substring(stem.length()) : "";
        return rest.startsWith("n") || rest.length() > 1 && "ıiuü".indexOf(rest.charAt(0)) >= 0
                && (rest.charAt(1) == 'l' || rest.charAt(1) == 'n');
    }

    static boolean isDe(Token t) {
        String w = Reading.lower(t);
        return (w.startsWith("de") || w.startsWith("di")) && "de".equals(Reading.root(t)) && Reading.isVerb(t);
    }

    private boolean isCueNoun(Token t) {
        if (lexicon.cueNouns.contains(Reading.root(t))) {
            return true;
        }
        // açıklama, değerlendirme are read as nominalised verbs: açıkla+VERB…^DB+NOUN+INF2
        if (!Reading.isVerb(t) || !Reading.tail(t).contains("INF2")) {
            return false;
        }
        String w = Reading.lower(t);
        for (String noun : lexicon.cueNouns) {
            if (noun.length() >= 5 && w.startsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private boolean leadMatches(int first, List<String> lead) {
        for (int i = 0; i < lead.size(); i++) {
            Token t = tokens.get(first + i);
            if (!Reading.lower(t).equals(lead.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStop(Token t) {
        String w = t.text();
        return w.startsWith(".") || w.startsWith("!") || w.startsWith("?");
    }

    /**
     * Whether a word is a form of the verb with this stem: it begins with the stem (a final t may show as
     * d before a vowel: {@code kaydeden}), its root is a verb, and the root is the stem or the stem's base
     * (belir+t, duy+ur), never a longer word of its own ({@code sorun} is not {@code sor}).
     */
    static boolean stemMatches(Token t, String stem) {
        String w = Reading.lower(t);
        int n = stem.length();
        boolean prefix = w.startsWith(stem)
                || stem.endsWith("t") && w.length() > n && w.startsWith(stem.substring(0, n - 1) + "d")
                && "aeıioöuü".indexOf(w.charAt(n)) >= 0;
        if (!prefix || !Reading.isVerb(t)) {
            return false;
        }
        String root = Reading.root(t);
        return stem.startsWith(root) || root.startsWith(stem.substring(0, n - 1) + "d") && root.length() == n;
    }
}
