package dev.kulis.morph;

/**
 * One analysis string of the Starlang analyser taken apart: {@code iç+NOUN+A3SG+P3SG+LOC} has the root {@code iç},
 * the root part of speech {@code NOUN} and the signature {@code NOUN+A3SG+P3SG+LOC} (everything after the root).
 */
record Reading(String root, String rootPos, String signature, String raw, String upos) {

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

    /** The key the statistics keep for the root: the root with its part of speech ({@code iç+NOUN}). */
    String rootKey() {
        return root + "+" + rootPos;
    }

    int derivations() {
        int n = 0;
        for (int i = raw.indexOf("^DB"); i >= 0; i = raw.indexOf("^DB", i + 3)) {
            n++;
        }
        return n;
    }

    boolean proper() {
        int db = raw.indexOf("^DB");
        int p = raw.indexOf("+PROP");
        return p > 0 && (db < 0 || p < db);
    }

    boolean has(String tag) {
        return raw.contains(tag);
    }

    /** Nominal case of the last inflectional group in UD spelling, or null. */
    String grammaticalCase() {
        int db = raw.lastIndexOf("^DB");
        String last = db < 0 ? raw : raw.substring(db);
        for (String t : last.split("\\+")) {
            switch (t) {
                case "NOM": return "Nom";
                case "ACC": return "Acc";
                case "DAT": return "Dat";
                case "LOC": return "Loc";
                case "ABL": return "Abl";
                case "GEN": return "Gen";
                case "INS": return "Ins";
                case "EQU": return "Equ";
                default: break;
            }
        }
        return null;
    }
}
