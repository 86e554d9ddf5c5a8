package dev.kulis.cli;

import dev.kulis.eval.Conllu;
import dev.kulis.eval.ConlluSentence;
import dev.kulis.eval.LemmaConllu;
import dev.kulis.morph.Lemmatizer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kulis lemma --conllu [FILE|-]}: fills the LEMMA column of CoNLL-U, everything else as read. */
@Command(name = "lemma", mixinStandardHelpOptions = true,
        description = "Read CoNLL-U (tokens as given, multiword tokens included) and write it back with LEMMA filled.")
public final class LemmaCommand implements Callable<Integer> {
    @Option(names = "--conllu", description = "Input and output are CoNLL-U (the only format so far).")
    boolean conllu = true;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", description = "CoNLL-U file, or - for standard input.")
    String input;

    @Override
    public Integer call() throws Exception {
        List<ConlluSentence> sentences;
        BufferedReader opened = CommandInput.open(input, "lemma");
        if (opened == null) {
            return 1;
        }
        try (BufferedReader in = opened) {
            sentences = Conllu.read(in);
        }
        LemmaConllu filler = new LemmaConllu(new Lemmatizer());
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (ConlluSentence s : sentences) {
            Conllu.write(filler.fill(s), out);
        }
        out.flush();
        return 0;
    }
}
