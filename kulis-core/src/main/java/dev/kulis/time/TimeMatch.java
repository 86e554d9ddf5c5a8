package dev.kulis.time;

/**
 * A time phrase found in tokens {@code [firstToken, endToken)}: its characters {@code [start, end)}, where its
 * base form ends ({@code 15 yıldır} → {@code 15 yıl}, {@code Mart'ta} → {@code Mart}), the case of its last word,
 * its kind ({@code date|time|duration|set}) and its ISO 8601 / TIMEX3 value (null when unresolvable).
 */
record TimeMatch(int firstToken, int endToken, int start, int end, int baseEnd, String grammaticalCase, String kind,
                 String value) {
    static final String DATE = "date";
    static final String TIME = "time";
    static final String DURATION = "duration";
    static final String SET = "set";

    TimeMatch withValue(String v) {
        return new TimeMatch(firstToken, endToken, start, end, baseEnd, grammaticalCase, kind, v);
    }
}
