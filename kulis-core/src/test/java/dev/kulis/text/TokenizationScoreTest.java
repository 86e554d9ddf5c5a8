package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kulis.eval.TokenizationScore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java scorer counts like score.py tok: spans over the non-whitespace characters. */
class TokenizationScoreTest {
    @Test
    void countsTokenAndSentenceSpans() {
        List<List<String>> gold = List.of(List.of("Kaya'ya", "sordu", "."), List.of("Dr.", "Ak", "geldi", "."));
        List<List<String>> pred = List.of(List.of("Kaya'ya", "sordu", ".", "Dr", ".", "Ak", "geldi", "."));
        TokenizationScore s = TokenizationScore.score(gold, pred);
        assertThat(s.tokens().gold()).isEqualTo(7);
        assertThat(s.tokens().predicted()).isEqualTo(8);
        assertThat(s.tokens().correct()).isEqualTo(6);
        assertThat(s.sentences().correct()).isZero();
        assertThat(s.tokens().f1()).isCloseTo(2 * (6 / 8.0) * (6 / 7.0) / (6 / 8.0 + 6 / 7.0), within());
    }

    @Test
    void perfectPredictionScoresOne() {
        List<List<String>> gold = List.of(List.of("Bir", "."), List.of("İki", "!"));
        TokenizationScore s = TokenizationScore.score(gold, gold);
        assertThat(s.tokens().f1()).isEqualTo(1.0);
        assertThat(s.sentences().f1()).isEqualTo(1.0);
    }

    @Test
    void refusesPredictionsThatDoNotSpellTheText() {
        assertThatThrownBy(() -> TokenizationScore.score(List.of(List.of("Ak")), List.of(List.of("Ok"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-space char 0");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
