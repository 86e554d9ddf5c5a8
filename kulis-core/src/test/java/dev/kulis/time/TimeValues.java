package dev.kulis.time;

import java.util.regex.Pattern;

/** What a well-formed time value looks like (ISO 8601 in the TIMEX3 conventions the time layer documents). */
final class TimeValues {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}-W\\d{2}(-WE)?|\\d{4}-(SP|SU|FA|WI)|\\d{2,3}"
            + "|XXXX-\\d{2}(-\\d{2})?|XXXX-WXX-[1-7])(T(\\d{2}:\\d{2}|MO|MI|AF|EV|NI))?");
    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?T\\d{2}:\\d{2}");
    private static final Pattern DURATION = Pattern.compile("P((\\d+(\\.\\d+)?|X)[YMWD]|T(\\d+(\\.\\d+)?|X)[HMS])");
    private static final Pattern SET = Pattern.compile(DURATION.pattern() + "|XXXX-WXX-[1-7]|XXXX-XX-XXT(MO|MI|AF|EV|NI)"
            + "|XXXX-\\d{2}");

    private TimeValues() {
    }

    static boolean wellFormed(String kind, String value) {
        if (value == null) {
            return kind.equals("date");
        }
        switch (kind) {
            case "date":
                return DATE.matcher(value).matches();
            case "time":
                return TIME.matcher(value).matches();
            case "duration":
                return DURATION.matcher(value).matches();
            case "set":
                return SET.matcher(value).matches();
            default:
                return false;
        }
    }
}
