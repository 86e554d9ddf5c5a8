package dev.kulis.time;

/** How fine a time value is, from the second to the year; ordered finest first so they compare by precision. */
enum Granularity {
    SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

    boolean finerThan(Granularity other) {
        return compareTo(other) < 0;
    }

    /** {@code year}, {@code month}, {@code day} as in {@code Metadata.datePrecision()}; null for anything else. */
    static Granularity ofPrecision(String precision) {
        if (precision == null) {
            return null;
        }
        switch (precision) {
            case "day":
                return DAY;
            case "month":
                return MONTH;
            case "year":
                return YEAR;
            default:
                return null;
        }
    }
}
