package dev.kulis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

class BaseFormEvalTest {
    @Test
    void unmarkRemovesTheApostrophesBeforeSuffixesOnly() {
        String text = "Kocaoğlu'nun O'Neill ile Sokağı'nda'da. A.Ş.'nin 2014'te 'Evet' dedi.";
        BaseFormEval.Unmarked u = BaseFormEval.unmark(text);
        assertThat(u.text()).isEqualTo("Kocaoğlunun O'Neill ile Sokağındada. A.Ş.nin 2014te 'Evet' dedi.");
        int n = text.indexOf("nun");
        assertThat(u.text().substring(u.offsets()[n], u.offsets()[n] + 3)).isEqualTo("nun");
        int o = text.indexOf("O'Neill");
        assertThat(u.text().substring(u.offsets()[o], u.offsets()[o + "O'Neill".length()])).isEqualTo("O'Neill");
        assertThat(u.offsets()[text.length()]).isEqualTo(u.text().length());
    }

    @Test
    void unmarkReadsTypographicApostrophesAndKeepsAWordsFullStop() {
        BaseFormEval.Unmarked u = BaseFormEval.unmark("Geldi Karsuva’ya. Sonra Zeytinova’dan. ‘Orkutlu’nun’ dedi.");
        assertThat(u.text()).isEqualTo("Geldi Karsuvaya. Sonra Zeytinovadan. ‘Orkutlunun’ dedi.");
    }

    @Test
    void aNameWithoutItsApostropheIsScoredAgainstTheSameNameWithIt() {
        BaseFormEval eval = new BaseFormEval(Pipelines.standard());
        BaseFormEval.Score score = new BaseFormEval.Score(10);
        eval.score("t", "KARSUVA (AA) - Karsuva Belediye Başkanı Kemal Orkutlu dün açıklama yaptı. "
                + "Orkutlu'nun sözleri kentte ilgiyle karşılandı. Gazeteciler Orkutlu'ya soru sordu.\n", score);
        assertThat(score.marked()).isEqualTo(2);
        assertThat(score.found()).isEqualTo(2);
        assertThat(score.base()).as(score.differences().toString()).isEqualTo(2);
        assertThat(score.grammaticalCase()).as(score.differences().toString()).isEqualTo(2);
        assertThat(score.report()).contains("names with an apostrophe suffix: 2");
        // the names without a suffix are counted apart: a base cut off them without apostrophes would be wrong
        assertThat(score.plain()).isEqualTo(score.plainFound()).isEqualTo(score.plainBase()).isGreaterThan(0);
    }
}
