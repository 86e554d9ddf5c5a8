package dev.kulis.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.TimeExpression;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of Turkish time expressions ({@code expressions.tsv}): each sentence, in an article of the given
 * date and precision, yields the expression with exactly that span, kind and value; and the sentences of
 * {@code no-times.tsv} yield none.
 */
class TimeExpressionsTest {
    private static final TimeAnnotator TIME = new TimeAnnotator();

    static Stream<Arguments> expressions() {
        return Articles.rows("expressions.tsv").stream()
                .map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4], r[5].equals("null") ? null : r[5]));
    }

    @ParameterizedTest(name = "[{0} {1}] {2} → {3} = {5}")
    @MethodSource("expressions")
    void resolves(String date, String precision, String sentence, String text, String kind, String value) {
        Article a = TIME.annotate(Articles.of(sentence, date, precision));
        int start = sentence.indexOf(text);
        assertThat(start).as("test row: text inside sentence").isGreaterThanOrEqualTo(0);
        assertThat(a.times())
                .as("times of: %s", sentence)
                .contains(new TimeExpression(start, start + text.length(), text, kind, value));
        for (TimeExpression t : a.times()) {
            assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(TimeValues.wellFormed(t.kind(), t.value())).as("%s", t).isTrue();
        }
    }

    static Stream<String> noTimes() {
        return Articles.rows("no-times.tsv").stream().map(r -> r[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noTimes")
    void findsNothingIn(String sentence) {
        assertThat(TIME.annotate(Articles.of(sentence, "2019-01-15", "day")).times()).isEmpty();
    }
}
