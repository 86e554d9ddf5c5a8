package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kulis.eval.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on Milliyet dev (third-party data outside the repository; skipped when absent), scored
 * at entity level with conlleval rules as {@code score.py ner} does.
 */
class NerDevSetTest {
    /**
     * A regression floor just under what the shipped model scores (see ner-model.bin.gz.txt). The product's
     * acceptance bar is 0.92; the model does not reach it yet, so this floor guards what it does reach.
     */
    static final double FLOOR = 0.89;

    @Test
    void entityF1OnMilliyetDev() {
        Optional<Path> dev = SharedData.data(NerTraining.MILLIYET_DEV);
        assumeTrue(dev.isPresent(), "no shared data: " + NerTraining.MILLIYET_DEV);
        EntityScore s = NerEvaluation.evaluate(NerTagger.shared(), ConllNer.read(dev.get()));
        assertThat(s.goldCount(-1)).isEqualTo(3069);
        assertThat(s.f1(-1)).isGreaterThanOrEqualTo(FLOOR);
        for (int type = 0; type < 3; type++) {
            assertThat(s.f1(type)).as(EntityScore.TYPES.get(type)).isGreaterThan(0.80);
        }
    }

    /** Floors under what the shipped model scores on dev spelled as older archives, headings and lower-case text do. */
    static final double WITHOUT_APOSTROPHES_FLOOR = 0.85, IN_CAPITALS_FLOOR = 0.85, IN_LOWER_CASE_FLOOR = 0.70;

    @Test
    void namesAreFoundWithoutApostrophesInCapitalsAndInLowerCase() {
        Optional<Path> dev = SharedData.data(NerTraining.MILLIYET_DEV);
        assumeTrue(dev.isPresent(), "no shared data: " + NerTraining.MILLIYET_DEV);
        List<NerSentence> gold = ConllNer.read(dev.get());
        EntityScore bare = NerEvaluation.evaluate(NerTagger.shared(), SpellingVariants.withoutApostrophes(gold));
        assertThat(bare.goldCount(-1)).isEqualTo(3069);
        assertThat(bare.f1(-1)).isGreaterThanOrEqualTo(WITHOUT_APOSTROPHES_FLOOR);
        EntityScore caps = NerEvaluation.evaluate(NerTagger.shared(), SpellingVariants.inCapitals(gold));
        assertThat(caps.f1(-1)).isGreaterThanOrEqualTo(IN_CAPITALS_FLOOR);
        EntityScore lower = NerEvaluation.evaluate(NerTagger.shared(), SpellingVariants.inLowerCase(gold));
        assertThat(lower.f1(-1)).isGreaterThanOrEqualTo(IN_LOWER_CASE_FLOOR);
    }

    @Test
    void noQuotationMarkOrBracketIsTaggedInsideAName() {
        Optional<Path> dev = SharedData.data(NerTraining.MILLIYET_DEV);
        assumeTrue(dev.isPresent(), "no shared data: " + NerTraining.MILLIYET_DEV);
        List<NerSentence> gold = ConllNer.read(dev.get());
        List<List<String>> tags = NerTagger.shared().tagDocument(gold.stream().map(NerSentence::tokens).toList());
        for (int k = 0; k < gold.size(); k++) {
            List<String> t = gold.get(k).tokens();
            for (int i = 0; i < t.size(); i++) {
                if (Bilou.outsideNames(t.get(i))) {
                    assertThat(tags.get(k).get(i)).as("sentence %d token %d", k, i).isEqualTo("O");
                }
            }
        }
    }
}
