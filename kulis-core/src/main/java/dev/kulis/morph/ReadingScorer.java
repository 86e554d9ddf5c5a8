package dev.kulis.morph;

import java.util.List;
import java.util.Set;

/**
 * Context-free score of one reading among the readings of a word: corpus log-probabilities of its root and
 * signature plus hand-set structural preferences that encode UD lemma conventions (a word is lemmatised to the
 * root of its fewest-derivation reading; closed-class words keep their own form; lexicon entries that are really
 * inflected forms of another root — {@code içinde}, {@code bana}, {@code oldu} — give way to that root).
 */
final class ReadingScorer {
    private static final Set<String> CLOSED = Set.of("CONJ", "POSTP", "DET", "QUES", "INTERJ", "PRON", "ADV", "NUM", "ADJ");
    /** Demonstrative place nouns: {@code oraya}, {@code burada}, {@code nereden} are their case forms in UD. */
    private static final Set<String> PLACE_PRONOUNS = Set.of("ora", "bura", "şura", "nere");
    private static final Set<String> CLOSED_STRICT = Set.of("CONJ", "POSTP", "DET", "QUES", "INTERJ", "PRON", "NUM");

    static final double CLOSED_BONUS = 6.0;
    static final double DERIVATION = 1.5;
    static final double LEXICALISED_INFLECTION = 5.0;
    static final double LEXICALISED_VERBAL = 5.0;
    static final double SINGLE_LETTER = 6.0;
    static final double MARKED_TAG = 0.5;
    static final double ZERO_NOUN = 2.0;
    static final double PRONOUN = 3.0;
    static final double SECOND_PERSON = 1.0;
    static final double VOICE = 6.0;
    static final double RECIPROCAL = 3.0;

    private ReadingScorer() {
    }

    /** The structural prior (log scale) of reading {@code i} of {@code word} given all its readings. */
    static double prior(String word, List<Reading> all, int i) {
        Reading p = all.get(i);
        String root = p.root();
        String pos = p.rootPos();
        boolean whole = root.equals(word);
        int db = p.derivations();
        double s = -DERIVATION * db;
        boolean lexInfl = false;
        boolean lexVerb = false;
        if (db == 0 && !CLOSED_STRICT.contains(pos)) {
            for (Reading q : all) {
                String rq = q.root();
                boolean shorter = rq.length() < root.length();
                boolean related = shorter && rq.length() >= 2 && root.regionMatches(0, rq, 0, Math.max(1, rq.length() - 1))
                        || q.hasTag(Reading.PRON) && shorter;
                if (!related) {
                    continue;
                }
                boolean plural = q.hasTag(Reading.A3PL) && (root.endsWith("lar") || root.endsWith("ler"));
                boolean strong = plural || q.hasTag(Reading.STRONG)
                        || q.hasTag(Reading.POSSESSIVE) && q.hasTag(Reading.OBLIQUE);
                boolean weak = pos.equals("ADJ") && q.hasTag(Reading.OBLIQUE)
                        || pos.equals("ADV") && q.hasTag(Reading.CASED) && PLACE_PRONOUNS.contains(rq);
                if (q.derivations() == 0 && (strong || weak)) {
                    lexInfl = true;
                    break;
                }
                if (q.rootPos().startsWith("VERB") && q.derivations() >= 1) {
                    lexVerb = true;
                    break;
                }
            }
        }
        if (voiceOfLexicalisedVerb(p, all)) {
            s += VOICE; // UD lemmatises kullanıl-, öldür- to kullan-, öl-: the voice suffix is not part of the lemma
        }
        if (p.rootPos().equals("VERB") && p.hasTag(Reading.RECIP) && longerRootExists(p, all)) {
            s -= RECIPROCAL; // konuş- is a verb of its own, not kon- + reciprocal
        }
        if (lexInfl) {
            s -= LEXICALISED_INFLECTION;
        } else if (whole && CLOSED.contains(pos) && !lexVerb) {
            s += CLOSED_BONUS;
        }
        if (lexVerb) {
            s -= LEXICALISED_VERBAL;
        }
        if (root.length() == 1 && word.length() > 1) {
            s -= SINGLE_LETTER;
        }
        s -= ZERO_NOUN * (p.derivations() == 0 ? 0 : count(p.raw(), "^DB+NOUN+ZERO"));
        if (pos.equals("PRON")) {
            s += PRONOUN;
        }
        s -= MARKED_TAG * markedTags(p.signature());
        if (p.hasTag(Reading.SECOND)) {
            s -= SECOND_PERSON; // 'your X' is rare in news and mostly a misreading of the 3rd person or genitive
        }
        return s;
    }

    private static boolean voiceOfLexicalisedVerb(Reading p, List<Reading> all) {
        String raw = p.raw();
        int db = raw.indexOf("^DB+VERB+");
        if (!p.rootPos().equals("VERB") || db < 0 || raw.indexOf("^DB") != db) {
            return false;
        }
        String voice = raw.substring(db + "^DB+VERB+".length());
        if (!voice.startsWith("PASS") && !voice.startsWith("CAUS")) {
            return false;
        }
        return longerRootExists(p, all);
    }

    private static boolean longerRootExists(Reading p, List<Reading> all) {
        for (Reading q : all) {
            if (q.rootPos().equals("VERB") && q.root().length() > p.root().length() && q.root().startsWith(p.root())) {
                return true;
            }
        }
        return false;
    }

    /** Full context-free score: statistics plus structural prior. */
    static double score(LemmaStatistics stats, String word, List<Reading> all, int i) {
        Reading p = all.get(i);
        return stats.root(p.rootKey()) + stats.signature(p.signature()) + prior(word, all, i);
    }

    /**
     * Tags of the signature (without {@code ^DB}) after the first that are not bare ({@code A3SG}, {@code PNON}, …):
     * the fields of {@code signature.replace("^DB", "").split("\\+")} from the second on, counted without the arrays.
     */
    static int markedTags(String signature) {
        String sig = signature.indexOf("^DB") >= 0 ? signature.replace("^DB", "") : signature;
        int n = 0;
        int emptyRun = 0; // empty fields count only when a non-empty one follows (split drops trailing empties)
        int len = sig.length();
        int start = sig.indexOf('+');
        if (start < 0) {
            return 0;
        }
        start++;
        while (true) {
            int end = sig.indexOf('+', start);
            if (end < 0) {
                end = len;
            }
            if (end == start) {
                emptyRun++;
            } else {
                n += emptyRun;
                emptyRun = 0;
                if (!bare(sig, start, end - start)) {
                    n++;
                }
            }
            if (end == len) {
                return n;
            }
            start = end + 1;
        }
    }

    private static boolean bare(String s, int from, int len) {
        switch (len) {
            case 3:
                return s.startsWith("NOM", from) || s.startsWith("POS", from);
            case 4:
                return s.startsWith("A3SG", from) || s.startsWith("PNON", from) || s.startsWith("ZERO", from);
            default:
                return false;
        }
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }
}
