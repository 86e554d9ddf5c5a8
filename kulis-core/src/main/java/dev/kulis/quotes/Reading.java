package dev.kulis.quotes;

import dev.kulis.model.Morph;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.text.TurkishCase;

/**
 * What the quote layer needs to know about one token, read from its morphological analysis (Starlang's
 * {@code root+POS+…^DB+POS+…} string): the root and its part of speech, the form of a verb, whether it is a
 * nominalised clause's head, its case.
 */
final class Reading {
    private Reading() {
    }

    /** The analysis root in Turkish lower case, or the lower-cased word when there is no analysis. */
    static String root(Token t) {
        String a = analysis(t);
        if (a.isEmpty()) {
            return TurkishCase.lower(t.text());
        }
        int plus = a.indexOf('+');
        return TurkishCase.lower(plus < 0 ? a : a.substring(0, plus));
    }

    /** The part of speech of the root ({@code VERB}, {@code NOUN}, …), or "" when unknown. */
    static String rootPos(Token t) {
        String a = analysis(t);
        int plus = a.indexOf('+');
        if (plus < 0) {
            return "";
        }
        int end = plus + 1;
        while (end < a.length() && a.charAt(end) != '+' && a.charAt(end) != '^') {
            end++;
        }
        return a.substring(plus + 1, end);
    }

    static boolean isVerb(Token t) {
        return "VERB".equals(rootPos(t));
    }

    /** The analysis after its last derivation boundary ({@code ADV+BYDOINGSO}, {@code NOUN+PASTPART+…+ACC}). */
    static String tail(Token t) {
        String a = analysis(t);
        int db = a.lastIndexOf("^DB+");
        if (db >= 0) {
            return a.substring(db + 4);
        }
        int plus = a.indexOf('+');
        return plus < 0 ? "" : a.substring(plus + 1);
    }

    static VerbForm form(Token t) {
        if (!isVerb(t)) {
            return VerbForm.NONE;
        }
        String tail = tail(t);
        if (tail.startsWith("ADV+")) {
            return VerbForm.CONVERB;
        }
        if (tail.startsWith("ADJ+")) {
            return tail.contains("PRESPART") && !tail.contains("+P3") ? VerbForm.PARTICIPLE : VerbForm.NOMINAL;
        }
        if (tail.startsWith("NOUN+")) {
            return VerbForm.NOMINAL;
        }
        return VerbForm.FINITE;
    }

    static boolean passive(Token t) {
        return analysis(t).contains("+PASS");
    }

    /**
     * Whether the token heads a nominalised clause a verb of saying can govern: -DIğInI, -AcAğInI, -mAsInI
     * (and their negative and plural forms), in the accusative (the dative for a verb that governs it:
     * {@code …olacağına dikkat çekti}); in the nominative or as a bare participle
     * when the verb of saying is passive ({@code …olduğu belirtildi}).
     */
    static boolean nominalised(Token t, boolean passiveCue, boolean dativeCue) {
        if (!isVerb(t)) {
            return false;
        }
        String tail = tail(t);
        boolean nounClause = tail.startsWith("NOUN+")
                && (tail.contains("PASTPART") || tail.contains("FUTPART") || tail.contains("INF2"));
        if (nounClause && (tail.endsWith("+ACC") || dativeCue && tail.endsWith("+DAT"))) {
            return true;
        }
        if (!passiveCue) {
            return false;
        }
        return nounClause && tail.endsWith("+NOM")
                || tail.startsWith("ADJ+") && (tail.contains("PASTPART") || tail.contains("FUTPART"))
                && tail.contains("+P3");
    }

    /** A -mAsInI clause (what someone asked for: {@code …gelmesini istedi}). */
    static boolean infinitive(Token t) {
        return tail(t).contains("INF2");
    }

    static boolean isWord(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.ABBREVIATION;
    }

    /** A noun carrying a 3rd-person possessive: the head of a compound ({@code Soyer çiftini}). */
    static boolean possessedNoun(Token t) {
        String a = analysis(t);
        return "NOUN".equals(rootPos(t)) && !a.contains("+PROP") && (a.contains("+P3SG") || a.contains("+P3PL"));
    }

    /** Carries a 3rd-person possessive ({@code hakları}, {@code savunucuları}, {@code yetkilisi}). */
    static boolean possessive(Token t) {
        String a = analysis(t);
        return a.contains("+P3SG") || a.contains("+P3PL");
    }

    /** Plural: {@code partileri}, {@code savunucuları} ({@code hakları} as read: +P3PL), {@code astsubaylar}. */
    static boolean plural(Token t) {
        String a = analysis(t);
        return a.contains("+A3PL") || a.contains("+P3PL") || Reading.lower(t).matches(".*(ları|leri|lar|ler)");
    }

    static String lower(Token t) {
        return TurkishCase.lower(t.text());
    }

    private static String analysis(Token t) {
        Morph m = t.morph();
        return m == null || m.analysis() == null ? "" : m.analysis();
    }
}
