package dev.kulis.wire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a wire header starts with: {@code date 2019-01}, {@code 2019-11-26}, {@code 26.11.2019},
 * {@code 26/11/2019 14:35}, {@code 26 Kasım 2019 Salı}, {@code 26 Kasım 2019}, {@code Kasım 2019}. Only the
 * shape is checked here; whether a date at the start of a block really is a header (and not the first
 * words of a sentence) is the caller's decision.
 */
public final class DateLine {
    private static final String TIME = "(?:[ \\t]*[-,]?[ \\t]*\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?";
    private static final Pattern KEYWORD = Pattern.compile(
            "(?i)date[ \\t]*[:=]?[ \\t]*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?![\\d-])");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?"
            + "(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d./])" + TIME);
    private static final Pattern WORDS = Pattern.compile(
            "(\\d{1,2})\\.?[ \\t]+(\\p{L}+\\.?)[ \\t]+(\\d{4})(?!\\d)(?:[ \\t]*,?[ \\t]*(\\p{L}+))?" + TIME);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)[ \\t]+(\\d{4})(?!\\d)");
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*(?:[-–—,|][ \\t]*)?");

    private final WireLexicon lexicon;

    public DateLine(WireLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The date starting exactly at {@code from} and ending before {@code limit}, if there is one. */
    public Optional<WireDate> at(String text, int from, int limit) {
        Matcher m = KEYWORD.matcher(text).region(from, limit);
        if (m.lookingAt()) {
            String y = m.group(1);
            String mo = m.group(2);
            String d = m.group(3);
            if (d != null) {
                return day(text, limit, y, mo, d, m.end(), true);
            }
            if (mo != null) {
                int month = Integer.parseInt(mo);
                return month < 1 || month > 12 ? Optional.empty()
                        : Optional.of(new WireDate(y + "-" + pad(month), "month", after(text, m.end(), limit), true));
            }
            return Optional.of(new WireDate(y, "year", after(text, m.end(), limit), true));
        }
        m = ISO.matcher(text).region(from, limit);
        if (m.lookingAt()) {
            return day(text, limit, m.group(1), m.group(2), m.group(3), m.end(), false);
        }
        m = NUMERIC.matcher(text).region(from, limit);
        if (m.lookingAt()) {
            return day(text, limit, m.group(3), m.group(2), m.group(1), m.end(), false);
        }
        m = WORDS.matcher(text).region(from, limit);
        if (m.lookingAt()) {
            Optional<Integer> month = lexicon.month(m.group(2));
            if (month.isPresent()) {
                int end = m.end();
                if (m.group(4) != null && !lexicon.isWeekday(m.group(4))) {
                    end = m.start(4); // a word after the year that is not a weekday belongs to the next part
                    while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                        end--;
                    }
                }
                return day(text, limit, m.group(3), String.valueOf(month.get()), m.group(1), end, false);
            }
        }
        m = MONTH_YEAR.matcher(text).region(from, limit);
        if (m.lookingAt()) {
            Optional<Integer> month = lexicon.month(m.group(1));
            if (month.isPresent() && plausibleYear(m.group(2))) {
                return Optional.of(new WireDate(m.group(2) + "-" + pad(month.get()), "month",
                        after(text, m.end(), limit), false));
            }
        }
        return Optional.empty();
    }

    private static Optional<WireDate> day(String text, int limit, String y, String mo, String d, int end,
                                          boolean keyword) {
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (!plausibleYear(y) || month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(new WireDate(y + "-" + pad(month) + "-" + pad(day), "day", after(text, end, limit),
                keyword));
    }

    private static boolean plausibleYear(String y) {
        int year = Integer.parseInt(y);
        return year >= 1800 && year <= 2200;
    }

    private static int after(String text, int end, int limit) {
        Matcher m = SEPARATOR.matcher(text).region(end, limit);
        return m.lookingAt() ? m.end() : end;
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
