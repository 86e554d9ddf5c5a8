package dev.kulis.time;

import dev.kulis.model.Token;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every written form the time layer knows, from the data files beside this class, expanded by the endings of
 * {@code suffixes.txt} at load time so that a token is recognised by one lookup of its text in any case
 * ({@code yıldır}, {@code haftasında}, {@code dünkü}) without allocating. A token with an apostrophe ({@code Mart'ta},
 * {@code 2014'teki}) is looked up by the part before it. Immutable and thread-safe.
 */
final class TimeLexicon {
    private static final TimeLexicon STANDARD = new TimeLexicon();

    private final Map<String, TimeWord> forms = new HashMap<>();
    private final FormTable<TimeWord> table;
    /** Every ending as written after an apostrophe ({@code ta}, {@code teki}). */
    private final Map<String, Ending> apostropheEndings = new HashMap<>();
    private final FormTable<Ending> apostropheTable;
    /** An ending after an apostrophe that suffixes.txt does not list: marks no case. */
    private static final Ending UNKNOWN_ENDING = new Ending("", "?", null);
    private final List<Ending> endings = new ArrayList<>();
    /** Words that make a number before them a count ("1950 kişi"), matched as prefixes. */
    private final List<String> countWords = new ArrayList<>();

    static TimeLexicon standard() {
        return STANDARD;
    }

    private TimeLexicon() {
        for (String[] r : DataFile.rows("suffixes.txt")) {
            endings.add(Ending.parse(r[0], r[1]));
        }
        indexApostropheEndings();
        apostropheTable = new FormTable<>(apostropheEndings);
        for (String[] r : DataFile.rows("count-words.txt")) {
            countWords.add(r[0]);
        }
        for (String[] r : DataFile.rows("relative-words.txt")) {
            TimeWord.Role role = relativeRole(r[1]);
            int n = r[1].equals("range") ? 0 : r[1].equals("edge") ? 0 : Integer.parseInt(r[2]);
            String code = r[1].equals("range") || r[1].equals("edge") ? r[2] : null;
            TimeWord w = new TimeWord(role, r[0], n, code, 0, role == TimeWord.Role.DEICTIC ? Granularity.DAY : null,
                    false, null, 0);
            add(w, r.length > 3 && r[3].equals("inflect"), (char) 0);
        }
        for (String[] r : DataFile.rows("units.txt")) {
            TimeWord w = new TimeWord(TimeWord.Role.UNIT, r[0], 0, r[1], Integer.parseInt(r[2]),
                    Granularity.valueOf(r[3].toUpperCase(java.util.Locale.ROOT)), false, null, 0);
            add(w, true, r.length > 4 && !r[4].isEmpty() ? r[4].charAt(0) : 0);
        }
        for (String[] r : DataFile.rows("months.txt")) {
            add(new TimeWord(TimeWord.Role.MONTH, r[0], Integer.parseInt(r[1]), null, 0, Granularity.MONTH,
                    r.length > 2 && r[2].equals("name"), null, 0), true, (char) 0);
        }
        for (String[] r : DataFile.rows("weekdays.txt")) {
            add(new TimeWord(TimeWord.Role.WEEKDAY, r[0], Integer.parseInt(r[1]), null, 0, Granularity.DAY,
                    r.length > 2 && r[2].equals("common"), null, 0), true, (char) 0);
        }
        for (String[] r : DataFile.rows("parts-of-day.txt")) {
            add(new TimeWord(TimeWord.Role.PART_OF_DAY, r[0], 0, r[1], 0, null, false, null, 0), true, (char) 0);
        }
        for (String[] r : DataFile.rows("seasons.txt")) {
            add(new TimeWord(TimeWord.Role.SEASON, r[0], 0, r[1], 0, null, false, null, 0), true, (char) 0);
        }
        for (String[] r : DataFile.rows("number-words.txt")) {
            add(new TimeWord(TimeWord.Role.NUMBER, r[0], 0, r[1], Double.parseDouble(r[2]), null, false, null, 0),
                    false, (char) 0);
        }
        for (String[] r : DataFile.rows("currencies.txt")) {
            boolean qualifier = r[1].equals("qualifier");
            TimeWord w = new TimeWord(qualifier ? TimeWord.Role.QUALIFIER : TimeWord.Role.CURRENCY, r[0], 0,
                    qualifier || r[1].equals("-") ? null : r[1], 0, null, false, null, 0);
            add(w, !qualifier && Character.isLetter(r[0].charAt(0)) && !(r.length > 2 && r[2].equals("exact")),
                    (char) 0);
        }
        table = new FormTable<>(forms);
    }

    private static TimeWord.Role relativeRole(String name) {
        switch (name) {
            case "deictic":
                return TimeWord.Role.DEICTIC;
            case "shift":
                return TimeWord.Role.SHIFT;
            case "direction":
                return TimeWord.Role.DIRECTION;
            case "range":
                return TimeWord.Role.RANGE;
            case "every":
                return TimeWord.Role.EVERY;
            case "edge":
                return TimeWord.Role.EDGE;
            default:
                throw new IllegalStateException("unknown role in relative-words.txt: " + name);
        }
    }

    /** Adds the entry's bare form and, when {@code inflect}, one form per ending; the first entry of a form wins. */
    private void add(TimeWord w, boolean inflect, char harmony) {
        String stem = w.stem();
        put(stem, withEnding(w, endings.get(0), stem.length()));
        if (!inflect) {
            return;
        }
        for (Ending e : endings) {
            String kept = Inflector.inflect(stem, e.kept(), harmony);
            String form = Inflector.inflect(kept, e.stripped(), harmony == 0 ? 0 : harmony);
            put(form, withEnding(w, e, kept.length()));
            char v = Inflector.lastVowel(kept);
            if (e.stripped().equals("ki") && (v == 'ü' || v == 'ö')) {
                put(kept + "kü", withEnding(w, e, kept.length()));       // dünkü, bugünkü
            }
        }
    }

    private static TimeWord withEnding(TimeWord w, Ending e, int baseLength) {
        return new TimeWord(w.role(), w.stem(), w.number(), w.code(), w.count(), w.unit(), w.flagged(), e,
                baseLength);
    }

    private void put(String form, TimeWord w) {
        forms.putIfAbsent(form, w);
    }

    /** Expands every ending after stems of each vowel and final sound, as it may follow an apostrophe. */
    private void indexApostropheEndings() {
        String[] probes = {"a", "e", "ı", "i", "o", "ö", "u", "ü", "al", "el", "ıl", "il", "ol", "öl", "ul", "ül",
            "at", "et", "ıt", "it", "ot", "öt", "ut", "üt"};
        for (Ending e : endings) {
            if (e.bare()) {
                continue;
            }
            for (String p : probes) {
                String full = Inflector.inflect(p, e.kept() + e.stripped(), (char) 0).substring(p.length());
                apostropheEndings.putIfAbsent(full, e);
            }
        }
    }

    /**
     * What the token of {@code text} means to the time layer, or null. For a token with an apostrophe the part
     * before it is looked up and the part after it becomes the ending ({@code Mart'ta}: month 3, locative, base
     * {@code Mart}). Reads the characters from the article's text, not the token's own string: one contiguous
     * string is far kinder to the cache on the path every word takes.
     */
    TimeWord lookup(String text, Token t) {
        int from = t.start();
        int to = t.end();
        int slot = table.find(text, from, to);
        if (slot < 0) {
            return null;
        }
        TimeWord w = table.value(slot);
        int n = table.key(slot).length();
        if (from + n == to) {
            return w;
        }
        if (!w.bare()) {
            return null;                                    // "ayında'ki": an ending on both sides
        }
        return withEnding(w, apostropheEnding(t.text(), n), n);
    }

    /** The ending written after an apostrophe at {@code apo}; an unknown ending counts as marking no case. */
    Ending apostropheEnding(String s, int apo) {
        int slot = apostropheTable.find(s, apo + 1, s.length());
        return slot >= 0 && apostropheTable.key(slot).length() == s.length() - apo - 1 ? apostropheTable.value(slot)
                : UNKNOWN_ENDING;
    }

    /** Whether the word starts like one that makes the number before it a count ({@code kişiyle}, {@code aşkın}). */
    boolean isCountWord(String word) {
        String w = TurkishCase.lower(word);
        for (String c : countWords) {
            if (w.startsWith(c) && (c.length() > 2 || w.length() == c.length())) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first apostrophe (straight or typographic) in {@code s}, or −1. */
    static int apostrophe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') {
                return i;
            }
        }
        return -1;
    }
}
