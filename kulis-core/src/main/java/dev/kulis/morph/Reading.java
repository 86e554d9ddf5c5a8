package dev.kulis.morph;

import java.util.Objects;

/**
 * One analysis string of the Starlang analyser taken apart: {@code iç+NOUN+A3SG+P3SG+LOC} has the root {@code iç},
 * the root part of speech {@code NOUN} and the signature {@code NOUN+A3SG+P3SG+LOC} (everything after the root).
 *
 * <p>Immutable; what the scorer asks of a reading (derivations, case, proper flag, tag tests) is worked out once
 * when it is made, as every reading is scored against all readings of its word.
 */
final class Reading {
    /** Tag tests of {@link ReadingScorer}, as bits of {@link #tags}. */
    static final int PRON = 1, A3PL = 2, STRONG = 4, POSSESSIVE = 8, OBLIQUE = 16, CASED = 32, RECIP = 64,
            SECOND = 128;
    private static final String[] STRONG_TAGS = {"+PAST", "+AOR", "+FUT", "+PROG", "+NARR", "+PRON+"};
    private static final String[] POSSESSIVE_TAGS = {"+P3SG", "+P3PL", "+P1SG"};
    private static final String[] OBLIQUE_TAGS = {"+DAT", "+LOC", "+ABL", "+INS"};
    private static final String[] CASED_TAGS = {"+DAT", "+LOC", "+ABL", "+GEN", "+INS", "+ACC"};

    private final String root;
    private final String rootPos;
    private final String signature;
    private final String raw;
    private final String upos;
    private final int derivations;
    private final boolean proper;
    private final String grammaticalCase;
    private final int tags;
    private String rootKey;

    Reading(String root, String rootPos, String signature, String raw, String upos) {
        this.root = root;
        this.rootPos = rootPos;
        this.signature = signature;
        this.raw = raw;
        this.upos = upos;
        int n = 0;
        for (int i = raw.indexOf("^DB"); i >= 0; i = raw.indexOf("^DB", i + 3)) {
            n++;
        }
        this.derivations = n;
        int db = raw.indexOf("^DB");
        int p = raw.indexOf("+PROP");
        this.proper = p > 0 && (db < 0 || p < db);
        this.grammaticalCase = caseOf(raw);
        int t = 0;
        t |= raw.contains("+PRON+") ? PRON : 0;
        t |= raw.contains("+A3PL") ? A3PL : 0;
        t |= any(raw, STRONG_TAGS) ? STRONG : 0;
        t |= any(raw, POSSESSIVE_TAGS) ? POSSESSIVE : 0;
        t |= any(raw, OBLIQUE_TAGS) ? OBLIQUE : 0;
        t |= any(raw, CASED_TAGS) ? CASED : 0;
        t |= raw.contains("+VERB+RECIP+") ? RECIP : 0;
        t |= raw.contains("+P2SG") || raw.contains("+P2PL") ? SECOND : 0;
        this.tags = t;
    }

    /**
     * A reading of root {@code root} with the derived values of {@code template}, a reading of the same signature:
     * for a root without {@code +} or {@code ^} that is not a case tag itself, the tag tests, derivations, case and
     * proper flag of {@code root+signature} are those of any other such root with that signature.
     */
    Reading(String root, Reading template) {
        this.root = root;
        this.rootPos = template.rootPos;
        this.signature = template.signature;
        this.raw = root + "+" + template.signature;
        this.upos = template.upos;
        this.derivations = template.derivations;
        this.proper = template.proper;
        this.grammaticalCase = template.grammaticalCase;
        this.tags = template.tags;
    }

    /** Whether {@link #Reading(String, Reading)} may give {@code root} a template's derived values. */
    static boolean plainRoot(String root) {
        if (root.isEmpty() || root.indexOf('+') >= 0 || root.indexOf('^') >= 0) {
            return false;
        }
        return root.length() != 3 || caseName(root, 0, 3) == null;
    }

    /** From an analysis string; the root is what precedes the first tag (Starlang's word name may be a surface variant). */
    static Reading of(String raw, String upos) {
        int plus = raw.indexOf('+', 1);
        String root = plus < 0 ? raw : raw.substring(0, plus);
        String rest = plus < 0 ? "" : raw.substring(plus + 1);
        int end = 0;
        while (end < rest.length() && rest.charAt(end) != '+' && rest.charAt(end) != '^') {
            end++;
        }
        return new Reading(root, rest.substring(0, end), rest, raw, upos);
    }

    String root() {
        return root;
    }

    String rootPos() {
        return rootPos;
    }

    String signature() {
        return signature;
    }

    String raw() {
        return raw;
    }

    String upos() {
        return upos;
    }

    /** The key the statistics keep for the root: the root with its part of speech ({@code iç+NOUN}). */
    String rootKey() {
        String k = rootKey;
        if (k == null) {
            k = root + "+" + rootPos;
            rootKey = k;
        }
        return k;
    }

    int derivations() {
        return derivations;
    }

    boolean proper() {
        return proper;
    }

    boolean has(String tag) {
        return raw.contains(tag);
    }

    /** Whether the analysis string has the tag test(s) {@code bit} (one of the constants above). */
    boolean hasTag(int bit) {
        return (tags & bit) != 0;
    }

    /** Nominal case of the last inflectional group in UD spelling, or null. */
    String grammaticalCase() {
        return grammaticalCase;
    }

    private static String caseOf(String raw) {
        int db = raw.lastIndexOf("^DB");
        int from = db < 0 ? 0 : db;
        // the first whole '+'-separated field that names a case, as in splitting on '+'
        int start = from;
        int n = raw.length();
        while (start <= n) {
            int end = raw.indexOf('+', start);
            if (end < 0) {
                end = n;
            }
            String c = caseName(raw, start, end - start);
            if (c != null) {
                return c;
            }
            start = end + 1;
        }
        return null;
    }

    private static String caseName(String s, int from, int len) {
        if (len != 3) {
            return null;
        }
        switch (s.substring(from, from + 3)) {
            case "NOM": return "Nom";
            case "ACC": return "Acc";
            case "DAT": return "Dat";
            case "LOC": return "Loc";
            case "ABL": return "Abl";
            case "GEN": return "Gen";
            case "INS": return "Ins";
            case "EQU": return "Equ";
            default: return null;
        }
    }

    private static boolean any(String s, String[] tags) {
        for (String t : tags) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reading r && root.equals(r.root) && rootPos.equals(r.rootPos)
                && signature.equals(r.signature) && raw.equals(r.raw) && Objects.equals(upos, r.upos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, rootPos, signature, raw, upos);
    }

    @Override
    public String toString() {
        return "Reading[root=" + root + ", rootPos=" + rootPos + ", signature=" + signature + ", raw=" + raw
                + ", upos=" + upos + "]";
    }
}
