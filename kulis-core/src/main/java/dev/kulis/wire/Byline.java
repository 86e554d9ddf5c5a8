package dev.kulis.wire;

import dev.kulis.text.TurkishCase;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a wire byline at a given position:
 * <ul>
 *   <li>{@code Umut KARAKOYUN/İZMİR, () -} and {@code Muhabir Selin AYDOĞAN/BURSA, (İHA) -} (reporter/city)</li>
 *   <li>{@code ANKARA (AA) -}, {@code İSTANBUL, (DHA) –}, {@code BODRUM (Muğla), (DHA) -} (city, agency)</li>
 *   <li>{@code ANKARA -} (city only)</li>
 * </ul>
 * The dash may be followed by the lead on the same line or by the end of the line.
 */
public final class Byline {
    private static final String CAPS_WORD = "[\\p{Lu}][\\p{Lu}'’.\\-]*";
    private static final String PLACE = CAPS_WORD + "(?:[ \\t]+" + CAPS_WORD + "){0,2}";
    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}'’.\\-]*";
    private static final String PARENS = "\\(([^()\\n]{0,60})\\)";
    private static final String DASH = "(?:[-–—]+(?:[ \\t]+|(?=\\R)|$)|(?=\\R)|$)";
    private static final Pattern REPORTER = Pattern.compile(
            "(?:(\\p{L}+:?)[ \\t]+)?(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,4})[ \\t]*/[ \\t]*(" + PLACE + ")"
                    + "[ \\t]*,?[ \\t]*(?:" + PARENS + ")?[ \\t]*,?[ \\t]*(?:" + PARENS + ")?[ \\t]*" + DASH);
    private static final Pattern PLACE_AGENCY = Pattern.compile(
            "(" + PLACE + ")[ \\t]*,?[ \\t]*(?:" + PARENS + ")?[ \\t]*,?[ \\t]*" + PARENS + "[ \\t]*" + DASH);
    private static final Pattern PLACE_ONLY = Pattern.compile("(" + PLACE + ")[ \\t]*,?[ \\t]+[-–—][ \\t]+");

    private final WireLexicon lexicon;

    public Byline(WireLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The byline starting exactly at {@code from} (and ending before {@code limit}), if there is one. */
    public Optional<WireByline> at(String text, int from, int limit) {
        Matcher m = REPORTER.matcher(text).region(from, limit);
        if (m.lookingAt()) {
            String prefix = m.group(1);
            String name = m.group(2);
            if (prefix != null && !lexicon.isBylinePrefix(prefix)) {
                name = prefix + " " + name; // a first name, not a "Muhabir" prefix
            }
            if (hasCapitalWord(name) || prefix != null) {
                return Optional.of(new WireByline(TurkishCase.title(name.strip()), place(m.group(3)),
                        agency(m.group(4), m.group(5)), m.end()));
            }
        }
        m = PLACE_AGENCY.matcher(text).region(from, limit);
        if (m.lookingAt() && isPlace(m.group(1))) {
            return Optional.of(new WireByline(null, place(m.group(1)), agency(m.group(2), m.group(3)), m.end()));
        }
        m = PLACE_ONLY.matcher(text).region(from, limit);
        if (m.lookingAt() && isPlace(m.group(1))) {
            return Optional.of(new WireByline(null, place(m.group(1)), null, m.end()));
        }
        return Optional.empty();
    }

    /** A dateline place: listed, or one or two capitalised words of two letters or more. */
    private boolean isPlace(String written) {
        String w = written.strip();
        if (lexicon.city(w).isPresent()) {
            return true;
        }
        String[] words = w.split("[ \\t]+");
        if (words.length > 2) {
            return false;
        }
        for (String word : words) {
            if (word.replaceAll("[^\\p{L}]", "").length() < 2 || !TurkishCase.isAllCaps(word)) {
                return false;
            }
        }
        return true;
    }

    private String place(String written) {
        String w = written.strip().replaceAll("[ \\t]+", " ");
        return lexicon.city(w).orElseGet(() -> TurkishCase.title(w));
    }

    /**
     * The agency from one or two parenthesised groups: with two, the first names a province
     * ({@code BODRUM (Muğla), (DHA)}); with one, it is the agency unless it reads like a place name.
     */
    private String agency(String first, String second) {
        String written = second != null ? second : first;
        if (written == null || written.isBlank()) {
            return null;
        }
        if (second == null && lexicon.agency(written).isEmpty() && lexicon.city(written).isPresent()) {
            return null;
        }
        return lexicon.agency(written).orElse(written.strip());
    }

    private static boolean hasCapitalWord(String name) {
        for (String w : name.split("[ \\t]+")) {
            if (w.replaceAll("[^\\p{L}]", "").length() >= 2 && TurkishCase.isAllCaps(w)) {
                return true;
            }
        }
        return false;
    }
}
