package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The training recipe and its cross-validation on a miniature data folder of invented sentences. */
class NerCrossValidationTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final NerTraining.Options FAST = new NerTraining.Options(3, 2, 2, 0.15, 42, 0.005f, false, 1);

    private static Path mini() throws Exception {
        return Path.of(NerCrossValidationTest.class.getResource("/dev/kulis/ner/mini").toURI());
    }

    @Test
    void everyFoldIsTaggedOnceAndItsEntitiesPooled() throws Exception {
        int entities = 0;
        for (NerSentence s : ConllNer.read(mini().resolve(NerTraining.MILLIYET_TRAIN))) {
            entities += EntityScore.chunks(s.labels()).size();
        }
        EntityScore score = NerCrossValidation.run(mini(), NerLexicons.shipped(), MorphFeatures.ABSENT, false, FAST,
                3, QUIET);
        assertThat(score.goldCount(-1)).isEqualTo(entities);
        // the invented names recur across folds: a working recipe finds most of them
        assertThat(score.f1(-1)).isGreaterThan(0.8);
    }

    @Test
    void aTrainedModelCarriesAFittedConfidenceTemperatureAndTags() throws Exception {
        NerModel model = NerTraining.train(mini(), NerLexicons.shipped(), false, FAST, QUIET);
        assertThat(model.temperature()).isBetween(1f, 2048f);
        assertThat(model.provenance()).containsKeys("dev.f1", "confidence", "train.data");
        NerTagger tagger = new NerTagger(model, new FeatureExtractor(NerLexicons.shipped(), MorphFeatures.ABSENT));
        NerTagger.Scored s = tagger.scoreDocument(java.util.List.of(java.util.List.of("Selin", "Karaçam", ",",
                "Velora", "'da", "dün", "açıklama", "yaptı", "."))).get(0);
        assertThat(s.tags()).startsWith("B-PER", "I-PER", "O", "B-LOC");
        assertThat(s.confidence()[0]).isPositive();
    }
}
