package dev.kulis.time;

import dev.kulis.model.Metadata;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
        try {
            Granularity p = Granularity.ofPrecision(metadata.datePrecision());
            if (date.length() >= 10) {
                LocalDate d = LocalDate.parse(date.substring(0, 10));
                return Optional.of(at(d, p == null ? Granularity.DAY : p));
            }
            if (date.length() == 7) {
                LocalDate d = YearMonth.parse(date).atDay(1);
                return Optional.of(at(d, p == null || p == Granularity.DAY ? Granularity.MONTH : p));
            }
            if (date.length() == 4) {
                return Optional.of(at(LocalDate.of(Integer.parseInt(date), 1, 1), Granularity.YEAR));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
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
