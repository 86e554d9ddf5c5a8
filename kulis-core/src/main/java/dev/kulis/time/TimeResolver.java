package dev.kulis.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns what a phrase says into an ISO 8601 / TIMEX3 value against the article's {@link Anchor} (which may be
 * null: the article has no date). The rules, in one place:
 * <ul>
 * <li>A shift by a unit at least as coarse as the article's precision is exact ({@code geçen ay} in a 2019-01
 *     article → {@code 2018-12}). A shift by a finer unit stays in the article's period at its precision
 *     ({@code dün} or {@code geçen hafta} in a 2019-01 article → {@code 2019-01}): that is right unless the
 *     article was written on the first days of the month, and it never claims more than the article knows.</li>
 * <li>A day or month without a year takes the year (one before, the same, or one after the article's) that
 *     puts it on or after the article's date in a future sentence, on or before it in a past one, and nearest to
 *     it when the tense is unknown. Without an article date the year stays unknown: {@code XXXX-03-31}.</li>
 * <li>A weekday is the nearest one strictly before the article's day (past or unknown tense) or strictly after
 *     it (future): a journalist says "bugün" for the day itself. Without a day-precision date it is
 *     {@code XXXX-WXX-1}.</li>
 * <li>Without an article date a relative expression resolves to null.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class TimeResolver {
    private TimeResolver() {
    }

    /** {@code n} units of {@code g} from the article's date ({@code dün} = −1 day); null without a date. */
    static String shift(Anchor a, Granularity g, int n) {
        if (a == null) {
            return null;
        }
        if (g.finerThan(a.precision())) {
            return format(a.start(), a.precision());
        }
        LocalDate d = a.start();
        switch (g) {
            case YEAR:
                d = d.plusYears(n);
                break;
            case MONTH:
                d = d.plusMonths(n);
                break;
            case WEEK:
                d = d.plusWeeks(n);
                break;
            default:
                d = d.plusDays(n);
                g = Granularity.DAY;
        }
        return format(d, g);
    }

    /** The year of the article's date shifted by {@code n}, as a number; null without a date. */
    static Integer year(Anchor a, int n) {
        return a == null ? null : a.start().getYear() + n;
    }

    /** A day of a month without a year ({@code 31 Mart}); null when no year makes it a real date. */
    static String dayMonth(Anchor a, int month, int day, Tense tense) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        if (a == null) {
            return day <= YearMonth.of(2000, month).lengthOfMonth() ? "XXXX-" + two(month) + "-" + two(day)
                    : null;
        }
        LocalDate best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = a.start().getYear() - 1; y <= a.start().getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(y, month, day);
            long score = score(c, c, a, tense, false);
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best == null ? null : best.toString();
    }

    /**
     * A month without a year ({@code Mart ayında}); {@code strict} excludes the article's own month (for
     * {@code geçen Mart}, {@code önümüzdeki Mart}).
     */
    static String month(Anchor a, int month, Tense tense, boolean strict) {
        if (a == null) {
            return "XXXX-" + two(month);
        }
        YearMonth best = null;
        long bestScore = Long.MAX_VALUE;
        for (int y = a.start().getYear() - 1; y <= a.start().getYear() + 1; y++) {
            YearMonth c = YearMonth.of(y, month);
            long score = score(c.atDay(1), c.atEndOfMonth(), a, tense, strict);
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best == null ? null : best.toString();
    }

    /**
     * How well a candidate interval fits the tense; lower is better, {@code Long.MAX_VALUE} excludes it.
     * Future: the earliest candidate not over before the article's date; past: the latest not begun after it;
     * unknown: the nearest.
     */
    private static long score(LocalDate from, LocalDate to, Anchor a, Tense tense, boolean strict) {
        long before = a.start().toEpochDay() - to.toEpochDay();   // > 0: candidate ends before the anchor
        long after = from.toEpochDay() - a.end().toEpochDay();    // > 0: candidate starts after the anchor
        switch (tense) {
            case FUTURE:
                return (strict ? after > 0 : before <= 0) ? from.toEpochDay() : Long.MAX_VALUE;
            case PAST:
                return (strict ? before > 0 : after <= 0) ? -to.toEpochDay() : Long.MAX_VALUE;
            default:
                return Math.max(0, Math.max(before, after));
        }
    }

    /** A weekday (ISO number, Monday = 1) near the article's day, as the tense says. */
    static String weekday(Anchor a, int isoDay, Tense tense) {
        if (a == null || a.precision() != Granularity.DAY) {
            return "XXXX-WXX-" + isoDay;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d = tense == Tense.FUTURE ? a.start().with(TemporalAdjusters.next(dow))
                : a.start().with(TemporalAdjusters.previous(dow));
        return d.toString();
    }

    /** A day in ISO form at the given granularity: {@code 2019-03-31}, {@code 2019-W13}, {@code 2019-03}, {@code 2019}. */
    static String format(LocalDate d, Granularity g) {
        switch (g) {
            case YEAR:
                return four(d.getYear());
            case MONTH:
                return yearMonth(d.getYear(), d.getMonthValue());
            case WEEK:                                      // the ISO week is the one holding the week's Thursday
                LocalDate thursday = d.plusDays(4 - d.getDayOfWeek().getValue());
                return four(thursday.getYear()) + "-W" + two((thursday.getDayOfYear() - 1) / 7 + 1);
            default:
                return d.toString();
        }
    }

    /** {@code 2019-03}. (String.format is far too slow for a path taken per expression.) */
    static String yearMonth(int year, int month) {
        return four(year) + "-" + two(month);
    }

    /** {@code T14:30}. */
    static String clock(int hour, int minute) {
        return "T" + two(hour) + ":" + two(minute);
    }

    static String four(int year) {
        return year >= 1000 && year <= 9999 ? Integer.toString(year) : String.format("%04d", year);
    }

    static String two(int n) {
        return n >= 10 ? Integer.toString(n) : "0" + n;
    }

    /** Whether a date value names one day, so that a clock time can be attached to it. */
    static boolean isDay(String value) {
        return value != null && value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && Character.isDigit(value.charAt(0));
    }

    /**
     * An ISO 8601 duration: {@code P15Y}, {@code P2M}, {@code PT30M}, {@code PXY} for an unstated count. A
     * fraction moves to the next smaller unit where that makes it whole ({@code yarım saat} → {@code PT30M},
     * {@code bir buçuk yıl} → {@code P18M}); otherwise it stays a decimal ({@code P1.5M}).
     */
    static String duration(double count, String designator, boolean clock) {
        if (Double.isNaN(count)) {
            return (clock ? "PT" : "P") + "X" + designator;
        }
        double c = count;
        String unit = (clock ? "T" : "") + designator;       // "Y", "D", "TH", "TM": T marks clock units
        while (c != Math.rint(c)) {
            String smaller = smaller(unit);
            if (smaller == null) {                           // no smaller unit makes it whole: keep the decimal
                return (clock ? "PT" : "P") + decimal(count) + designator;
            }
            c *= factor(unit);
            unit = smaller;
        }
        return (unit.startsWith("T") ? "PT" + decimal(c) + unit.substring(1) : "P" + decimal(c) + unit);
    }

    private static String smaller(String unit) {
        switch (unit) {
            case "Y":
                return "M";
            case "W":
                return "D";
            case "D":
                return "TH";
            case "TH":
                return "TM";
            case "TM":
                return "TS";
            default:
                return null;
        }
    }

    private static int factor(String unit) {
        switch (unit) {
            case "Y":
                return 12;
            case "W":
                return 7;
            case "D":
                return 24;
            default:
                return 60;
        }
    }

    private static String decimal(double v) {
        return v == Math.rint(v) ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
