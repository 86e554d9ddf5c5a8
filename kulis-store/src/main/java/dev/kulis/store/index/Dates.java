package dev.kulis.store.index;

import java.util.regex.Pattern;

/**
 * ISO dates at any precision as sortable numbers {@code yyyymmdd}: a month is its first day ({@code 2019-01} →
 * 20190100) when it starts a range and its last ({@code 20190199}) when it ends one, so ranges include it.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Dates() {
    }

    /** The date as a number (start of its period), or -1 when it is not an ISO date. */
    public static long number(String iso) {
        return bound(iso, false);
    }

    /** The first or last number of the period an ISO date names; -1 when it is not one. */
    public static long bound(String iso, boolean end) {
        if (iso == null) {
            return -1;
        }
        var m = ISO.matcher(iso.strip());
        if (!m.matches()) {
            return -1;
        }
        long y = Long.parseLong(m.group(1));
        long mo = m.group(2) == null ? (end ? 99 : 0) : Long.parseLong(m.group(2));
        long d = m.group(3) == null ? (end ? 99 : 0) : Long.parseLong(m.group(3));
        return y * 10_000 + mo * 100 + d;
    }

    /** {@code 2019-01} of an ISO date with at least a month, else null. */
    public static String month(String iso) {
        return iso != null && iso.length() >= 7 && ISO.matcher(iso).matches() ? iso.substring(0, 7) : null;
    }
}
