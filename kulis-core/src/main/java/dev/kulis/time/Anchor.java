package dev.kulis.time;

import dev.kulis.model.Metadata;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * The article's date as an interval of days and the precision it was stated at: {@code 2019-01} is the whole of
 * January 2019 at month precision. Relative expressions are resolved against it.
 *
 * @param start first day the article's date may be
 * @param end   last day it may be (equal to {@code start} at day precision)
 */
record Anchor(LocalDate start, LocalDate end, Granularity precision) {

    /**
     * The anchor of an article's metadata; empty when the date is missing or unreadable. The precision is taken
     * from {@code datePrecision} when it is {@code year|month|day}, else from the shape of {@code date}.
     */
    static Optional<Anchor> of(Metadata metadata) {
        String date = metadata == null ? null : metadata.date();
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        date = date.strip();
        Granularity p = Granularity.ofPrecision(metadata.datePrecision());
        int year = digits(date, 0, 4);
        int month = date.length() >= 7 && date.charAt(4) == '-' ? digits(date, 5, 7) : -1;
        int day = date.length() >= 10 && date.charAt(7) == '-' ? digits(date, 8, 10) : -1;
        try {
            if (day > 0 && month > 0 && year >= 0) {
                return Optional.of(at(LocalDate.of(year, month, day), p == null ? Granularity.DAY : p));
            }
            if (month > 0 && year >= 0 && date.length() == 7) {
                return Optional.of(at(LocalDate.of(year, month, 1),
                        p == null || p == Granularity.DAY ? Granularity.MONTH : p));
            }
            if (year >= 0 && date.length() == 4) {
                return Optional.of(at(LocalDate.of(year, 1, 1), Granularity.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The number written in {@code s[from, to)}, or −1 (LocalDate.parse costs microseconds per article). */
    private static int digits(String s, int from, int to) {
        if (s.length() < to) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The interval of precision {@code p} around {@code day}. */
    static Anchor at(LocalDate day, Granularity p) {
        switch (p) {
            case YEAR:
                return new Anchor(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), p);
            case MONTH:
                return new Anchor(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), p);
            default:
                return new Anchor(day, day, Granularity.DAY);
        }
    }
}
