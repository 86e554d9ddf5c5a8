package dev.kulis.wire;

import dev.kulis.text.TurkishCase;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists the wire header parser needs, loaded once from the data files in
 * {@code dev/kulis/wire/} (agencies, media markers, caption prefixes, months, weekdays, cities, byline
 * prefixes). Keys are upper case with Turkish casing. Immutable and thread-safe.
 */
public final class WireLexicon {
    private static final WireLexicon STANDARD = load();

    private final Map<String, String> agencies;
    private final Map<String, String> media;
    private final List<String> captionPrefixes;
    private final Map<String, Integer> months;
    private final Set<String> weekdays;
    private final Map<String, String> cities;
    private final Set<String> bylinePrefixes;

    private WireLexicon(Map<String, String> agencies, Map<String, String> media, List<String> captionPrefixes,
                        Map<String, Integer> months, Set<String> weekdays, Map<String, String> cities,
                        Set<String> bylinePrefixes) {
        this.agencies = Map.copyOf(agencies);
        this.media = Map.copyOf(media);
        this.captionPrefixes = List.copyOf(captionPrefixes);
        this.months = Map.copyOf(months);
        this.weekdays = Set.copyOf(weekdays);
        this.cities = Map.copyOf(cities);
        this.bylinePrefixes = Set.copyOf(bylinePrefixes);
    }

    /** The lexicon shipped with Kulis. */
    public static WireLexicon standard() {
        return STANDARD;
    }

    private static WireLexicon load() {
        Map<String, String> agencies = new HashMap<>();
        LexiconFile.pairs("agencies.tsv").forEach((k, v) -> agencies.put(TurkishCase.upper(k), v));
        LexiconFile.pairs("agencies.tsv").forEach((k, v) -> agencies.putIfAbsent(fold(k), v));
        Map<String, String> media = new HashMap<>();
        LexiconFile.pairs("media-markers.tsv").forEach((k, v) -> media.put(TurkishCase.upper(k), v));
        List<String> captions = LexiconFile.lines("caption-prefixes.txt").stream()
                .map(TurkishCase::upper)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        Map<String, Integer> months = new HashMap<>();
        LexiconFile.pairs("months.tsv").forEach((k, v) -> {
            String key = TurkishCase.upper(k);
            months.put(key, Integer.valueOf(v));
            months.putIfAbsent(TurkishCase.upper(TurkishCase.foldAscii(key)), Integer.valueOf(v));
        });
        Set<String> weekdays = new LinkedHashSet<>();
        for (String w : LexiconFile.lines("weekdays.txt")) {
            weekdays.add(TurkishCase.upper(w));
            weekdays.add(TurkishCase.upper(TurkishCase.foldAscii(w)));
        }
        Map<String, String> cities = new HashMap<>();
        for (String c : LexiconFile.lines("cities.txt")) {
            cities.put(TurkishCase.upper(c), c);
        }
        for (String c : LexiconFile.lines("cities.txt")) {
            cities.putIfAbsent(fold(c), c); // "WASHINGTON" with a dotless I, "IZMIR" without Turkish letters
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (String p : LexiconFile.lines("byline-prefixes.txt")) {
            prefixes.add(TurkishCase.upper(p));
        }
        return new WireLexicon(agencies, media, captions, months, weekdays, cities, prefixes);
    }

    /** A lookup key that ignores Turkish letters and the two i's: {@code İZMİR}, {@code IZMIR} → {@code izmir}. */
    private static String fold(String s) {
        return TurkishCase.foldAscii(s).replace('ı', 'i');
    }

    /** The canonical agency name for a variant ({@code ANADOLU AJANSI} → {@code AA}), if known. */
    public Optional<String> agency(String written) {
        String w = written.strip();
        String exact = agencies.get(TurkishCase.upper(w));
        return Optional.ofNullable(exact != null ? exact : agencies.get(fold(w)));
    }

    /** The media type a marker word stands for ({@code FOTOĞRAFLI} → {@code photo}), if known. */
    public Optional<String> media(String word) {
        return Optional.ofNullable(media.get(TurkishCase.upper(word.strip())));
    }

    /** Length of the caption prefix the block starts with, or -1. */
    public int captionPrefix(String block) {
        String head = TurkishCase.upper(block.substring(0, Math.min(block.length(), 40)));
        for (String p : captionPrefixes) {
            if (head.startsWith(p)) {
                return p.length();
            }
        }
        return -1;
    }

    /** The month number (1–12) of a Turkish month name or abbreviation, written in any case. */
    public Optional<Integer> month(String word) {
        String w = TurkishCase.upper(word);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return Optional.ofNullable(months.get(w));
    }

    public boolean isWeekday(String word) {
        return weekdays.contains(TurkishCase.upper(word));
    }

    /** The canonical spelling of a dateline place written in capitals, if listed. */
    public Optional<String> city(String written) {
        String w = written.strip();
        String exact = cities.get(TurkishCase.upper(w));
        return Optional.ofNullable(exact != null ? exact : cities.get(fold(w)));
    }

    public boolean isBylinePrefix(String word) {
        return bylinePrefixes.contains(TurkishCase.upper(word));
    }
}
