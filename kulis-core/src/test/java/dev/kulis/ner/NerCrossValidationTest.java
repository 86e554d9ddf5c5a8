package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training recipe and its cross-validation on a miniature data folder of invented sentences. */
class NerCrossValidationTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final NerTraining.Options FAST = new NerTraining.Options(3, 2, 2, 0.15, 42, 0.005f, false, 1, 0, 0, 0);

    private static final String[] FIRST = {"Selin", "Mert", "Ayla", "Okan", "Derya", "Kenan", "Zeynep", "Emre"};
    private static final String[] LAST = {"Aydoğdu", "Karaçam", "Demirkaya", "Tan", "Sönmez", "Uysal", "Aksoy"};
    private static final String[] PLACES = {"Velora", "Tarsa", "Yeşilköy", "Karamenya", "Dağkent", "Ilgın"};
    private static final String[][] ORGS = {{"Kuzey", "Ege", "Partisi"}, {"Dal", "Sendikası"},
            {"Yelkenli", "Holding"}, {"Mavi", "Gazetesi"}};
    private static final String[] ENDINGS = {"dün açıklama yaptı", "toplantıya katıldı", "kararı eleştirdi"};

    @TempDir
    static Path folder;

    /**
     * A miniature data folder shaped like ../shared/data (Milliyet tokenisation: suffix tokens split), written
     * for the test from invented names, so that no corpus text is needed or committed.
     */
    private static Path mini() throws IOException {
        Path milliyet = folder.resolve("ner/milliyet");
        if (!Files.isDirectory(milliyet)) {
            Files.createDirectories(milliyet);
            Random r = new Random(5);
            Files.writeString(milliyet.resolve("train.conll"), sentences(r, 120));
            Files.writeString(milliyet.resolve("dev.conll"), sentences(r, 30));
        }
        return folder;
    }

    private static String sentences(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < n; s++) {
            switch (r.nextInt(3)) {
                case 0 -> b.append(FIRST[r.nextInt(FIRST.length)]).append("\tB-PER\n")
                        .append(LAST[r.nextInt(LAST.length)]).append("\tI-PER\n,\tO\n")
                        .append(PLACES[r.nextInt(PLACES.length)]).append("\tB-LOC\n'da\tO\n");
                case 1 -> {
                    String[] org = ORGS[r.nextInt(ORGS.length)];
                    for (int i = 0; i < org.length; i++) {
                        b.append(org[i]).append(i == 0 ? "\tB-ORG\n" : "\tI-ORG\n");
                    }
                    b.append("Başkanı\tO\n").append(FIRST[r.nextInt(FIRST.length)]).append("\tB-PER\n")
                            .append(LAST[r.nextInt(LAST.length)]).append("\tI-PER\n");
                }
                default -> b.append(PLACES[r.nextInt(PLACES.length)]).append("\tB-LOC\n'daki\tO\ntoplantıda\tO\n")
                        .append(LAST[r.nextInt(LAST.length)]).append("\tB-PER\n");
            }
            for (String w : ENDINGS[r.nextInt(ENDINGS.length)].split(" ")) {
                b.append(w).append("\tO\n");
            }
            b.append(".\tO\n\n");
        }
        return b.toString();
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
