package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kulis.eval.SharedData;
import dev.kulis.eval.TokenizationEval;
import dev.kulis.eval.TokenizationScore;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar on the UD Turkish development sets (third-party data outside the repository; skipped when
 * it is absent): IMST tokens F1 ≥ 99.7 and sentences F1 ≥ 98.0, BOUN tokens F1 ≥ 99.6.
 */
class UdDevSetTest {
    private final TokenizationEval eval = new TokenizationEval(new TurkishTokenizer(), new SentenceSplitter());

    private TokenizationScore score(String relative) {
        Optional<Path> gold = SharedData.data(relative);
        assumeTrue(gold.isPresent(), "no shared data: " + relative);
        return eval.evaluate(gold.get());
    }

    @Test
    void imstDev() {
        TokenizationScore s = score("ud/IMST/tr_imst-ud-dev.conllu");
        assertThat(s.tokens().f1()).isGreaterThanOrEqualTo(0.997);
        assertThat(s.sentences().f1()).isGreaterThanOrEqualTo(0.980);
    }

    @Test
    void bounDev() {
        TokenizationScore s = score("ud/BOUN/tr_boun-ud-dev.conllu");
        assertThat(s.tokens().f1()).isGreaterThanOrEqualTo(0.996);
    }
}
