package dev.kulis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The abbreviations that keep their full stop ({@code Dr.}, {@code vb.}), from {@code abbreviations.txt}.
 * Lookups take a span of a char sequence and do not allocate. Immutable and thread-safe.
 */
public final class Abbreviations {
    /** How an abbreviation behaves around its full stop. */
    public enum Use {
        /** not an abbreviation */
        NONE,
        /** may end a sentence when an upper-case word follows ({@code vb.}, {@code vs.}) */
        FINAL,
        /** precedes a name or number, never ends a sentence ({@code Dr.}, {@code Prof.}) */
        TITLE,
        /** a title that is also an ordinary word: only before an upper-case letter or digit ({@code Av.}) */
        NAME
    }

    private static final Abbreviations DEFAULT = new Abbreviations(Lexicons.lines("abbreviations.txt"));

    private final CharSpanSet finals;
    private final CharSpanSet titles;
    private final CharSpanSet names;

    Abbreviations(List<String> lines) {
        List<String> f = new ArrayList<>();
        List<String> t = new ArrayList<>();
        List<String> n = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            List<String> target = parts.length < 2 ? f : "name".equals(parts[1]) ? n : t;
            String form = parts[0];
            target.add(form);
            target.add(TurkishCase.upper(form.substring(0, 1)) + form.substring(1));
            target.add(TurkishCase.upper(form));
        }
        finals = new CharSpanSet(f);
        titles = new CharSpanSet(t);
        names = new CharSpanSet(n);
    }

    public static Abbreviations standard() {
        return DEFAULT;
    }

    /** How {@code s[from, to)} (the word without its full stop) is used as an abbreviation. */
    public Use use(CharSequence s, int from, int to) {
        if (to - from > 6) {
            return Use.NONE;
        }
        if (titles.contains(s, from, to)) {
            return Use.TITLE;
        }
        if (finals.contains(s, from, to)) {
            return Use.FINAL;
        }
        if (names.contains(s, from, to)) {
            return Use.NAME;
        }
        return Use.NONE;
    }
}
