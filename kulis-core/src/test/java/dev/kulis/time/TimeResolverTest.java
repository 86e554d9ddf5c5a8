package dev.kulis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The resolution rules on their own, at the edges the sentence table does not reach. */
class TimeResolverTest {
    private static final Anchor NEW_YEARS_EVE = Anchor.at(LocalDate.of(2019, 12, 31), Granularity.DAY);

    @Test
    void isoWeeksCrossTheYearBoundary() {
        assertThat(TimeResolver.format(LocalDate.of(2019, 12, 31), Granularity.WEEK)).isEqualTo("2020-W01");
        assertThat(TimeResolver.format(LocalDate.of(2021, 1, 3), Granularity.WEEK)).isEqualTo("2020-W53");
    }

    @Test
    void dayMonthTakesTheYearTheTenseAllows() {
        assertThat(TimeResolver.dayMonth(NEW_YEARS_EVE, 1, 2, Tense.FUTURE)).isEqualTo("2020-01-02");
        assertThat(TimeResolver.dayMonth(NEW_YEARS_EVE, 1, 2, Tense.PAST)).isEqualTo("2019-01-02");
        assertThat(TimeResolver.dayMonth(NEW_YEARS_EVE, 1, 2, Tense.UNKNOWN)).isEqualTo("2020-01-02");
        assertThat(TimeResolver.dayMonth(NEW_YEARS_EVE, 2, 29, Tense.UNKNOWN)).isEqualTo("2020-02-29");
        assertThat(TimeResolver.dayMonth(NEW_YEARS_EVE, 2, 30, Tense.UNKNOWN)).isNull();
    }

    @Test
    void shiftsFinerThanTheArticleStayInItsPeriod() {
        Anchor month = Anchor.at(LocalDate.of(2019, 1, 1), Granularity.MONTH);
        assertThat(TimeResolver.shift(month, Granularity.DAY, -1)).isEqualTo("2019-01");
        assertThat(TimeResolver.shift(month, Granularity.MONTH, -1)).isEqualTo("2018-12");
        assertThat(TimeResolver.shift(null, Granularity.YEAR, -1)).isNull();
    }

    @Test
    void fractionsMoveToASmallerUnitWhenThatMakesThemWhole() {
        assertThat(TimeResolver.duration(0.5, "H", true)).isEqualTo("PT30M");
        assertThat(TimeResolver.duration(1.5, "Y", false)).isEqualTo("P18M");
        assertThat(TimeResolver.duration(1.3, "Y", false)).isEqualTo("P1.3Y");
        assertThat(TimeResolver.duration(Double.NaN, "Y", false)).isEqualTo("PXY");
    }

    @Test
    void tenseFromEndings() {
        assertThat(TenseGuesser.ofEnding("yapılacak")).isEqualTo(Tense.FUTURE);
        assertThat(TenseGuesser.ofEnding("söyledi")).isEqualTo(Tense.PAST);
        assertThat(TenseGuesser.ofEnding("yaptığını")).isEqualTo(Tense.PAST);
        assertThat(TenseGuesser.ofEnding("gidiyoruz")).isEqualTo(Tense.PRESENT);
        assertThat(TenseGuesser.ofEnding("parti")).isNull();
        assertThat(TenseGuesser.ofEnding("devleti")).isNull();
    }

    @Test
    void anchorReadsEveryPrecision() {
        assertThat(Anchor.of(new dev.kulis.model.Metadata("2019-01", "month", null, null, null, null, null, null,
                null, null, null, null, null))).contains(Anchor.at(LocalDate.of(2019, 1, 1), Granularity.MONTH));
        assertThat(Anchor.of(new dev.kulis.model.Metadata("2019-11-26", null, null, null, null, null, null, null,
                null, null, null, null, null))).contains(Anchor.at(LocalDate.of(2019, 11, 26), Granularity.DAY));
        assertThat(Anchor.of(new dev.kulis.model.Metadata("26 Kasım", null, null, null, null, null, null, null,
                null, null, null, null, null))).isEmpty();
    }
}
