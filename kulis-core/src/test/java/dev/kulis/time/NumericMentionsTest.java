package dev.kulis.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Mention;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DATE, TIME, MONEY and PERCENT mentions with their base forms ({@code mentions.tsv}). */
class NumericMentionsTest {
    private static final NumericMentions MENTIONS = new NumericMentions();

    static Stream<Arguments> rows() {
        return Articles.rows("mentions.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("rows")
    void finds(String sentence, String type, String text, String base) {
        List<Mention> ofType = MENTIONS.find(Articles.of(sentence, "2019-01-15", "day")).stream()
                .filter(m -> m.type().equals(type)).collect(Collectors.toList());
        if (text.equals("-")) {
            assertThat(ofType).isEmpty();
            return;
        }
        int start = sentence.indexOf(text);
        assertThat(ofType).extracting(Mention::start, Mention::end, Mention::text, Mention::base)
                .contains(org.assertj.core.groups.Tuple.tuple(start, start + text.length(), text, base));
        // a mention without a suffix is nominative; one with a suffix is not
        Mention found = ofType.stream().filter(m -> m.start() == start && m.text().equals(text)).findFirst()
                .orElseThrow();
        if (base.equals(text)) {
            assertThat(found.grammaticalCase()).isEqualTo("Nom");
        } else {
            assertThat(found.grammaticalCase()).isNotEqualTo("Nom");
        }
    }
}
