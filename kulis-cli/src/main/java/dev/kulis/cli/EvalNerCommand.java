package dev.kulis.cli;

import dev.kulis.ner.AnnotationConsistency;
import dev.kulis.ner.Calibration;
import dev.kulis.ner.ConllNer;
import dev.kulis.ner.EntityScore;
import dev.kulis.ner.NerEvaluation;
import dev.kulis.ner.NerSentence;
import dev.kulis.ner.NerTagger;
import dev.kulis.ner.NerTraining;
import dev.kulis.ner.SpellingVariants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kulis eval ner [--data DIR]}: entity-level P/R/F1 per type and overall of the shipped tagger on
 * Milliyet dev (conlleval rules, the same figures as {@code score.py ner}), then of the same sentences written
 * without apostrophes before suffixes (older archives) and in capitals (headings), and how often dev leaves
 * untagged the words train tags almost always.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Entity-level P/R/F1 (PER, ORG, LOC) of the NER tagger on Milliyet dev.")
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        Path dev = data.resolve(NerTraining.MILLIYET_DEV);
        if (!Files.isRegularFile(dev)) {
            System.err.println(dev.toAbsolutePath() + " not found (use --data DIR)");
            return 1;
        }
        NerTagger tagger = NerTagger.shared();
        var gold = ConllNer.read(dev);
        EntityScore score = NerEvaluation.evaluate(tagger, gold);
        long tokens = gold.stream().mapToLong(x -> x.size()).sum();
        System.out.println("Milliyet dev (" + gold.size() + " sentences, " + tokens + " tokens)");
        System.out.print(score.report());
        System.out.printf("NER F1 %.2f%n", 100 * score.f1(-1));
        System.out.print(Calibration.of(tagger, gold).report());
        System.out.println("The same sentences spelled as older archives and headings spell them:");
        variant("without apostrophes before suffixes (Türkiyeyi)", tagger, SpellingVariants.withoutApostrophes(gold));
        variant("in capitals (TÜRKİYE'Yİ)", tagger, SpellingVariants.inCapitals(gold));
        variant("in lower case (türkiye'yi)", tagger, SpellingVariants.inLowerCase(gold));
        Path train = data.resolve(NerTraining.MILLIYET_TRAIN);
        if (Files.isRegularFile(train)) {
            int minTagged = 50;
            double minShare = 0.95;
            AnnotationConsistency c = AnnotationConsistency.of(ConllNer.read(train), gold, minTagged, minShare);
            System.out.printf("Gold annotation: the %d words Milliyet train tags as names ≥ %.0f%% of the time (≥ %d"
                    + " times) are left untagged in train %d of %d times (%.2f%%), in dev %d of %d (%.2f%%)%n",
                    c.words(), 100 * minShare, minTagged, c.untaggedRef(), c.usesRef(), 100 * c.untaggedShareRef(),
                    c.untagged(), c.uses(), 100 * c.untaggedShare());
        }
        return 0;
    }

    private static void variant(String what, NerTagger tagger, List<NerSentence> gold) {
        EntityScore score = NerEvaluation.evaluate(tagger, gold);
        System.out.printf("  %-50s P %.2f R %.2f F1 %.2f%n", what, 100 * score.precision(-1), 100 * score.recall(-1),
                100 * score.f1(-1));
    }
}
