package dev.kulis.cli;

import dev.kulis.ner.NerTagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kulis ner --conll [FILE|-]}: reads one token a line (the first tab-separated column; a blank line
 * ends a sentence) and writes {@code token<TAB>tag} for the same tokens in the same order, with BIO tags
 * {@code B-PER}, {@code I-ORG}, {@code B-LOC}…; blank lines are kept between sentences.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag person, organisation and place names in CoNLL tokens (token<TAB>BIO out).")
public final class NerCommand implements Callable<Integer> {
    @Option(names = "--conll", description = "Read and write CoNLL (the only format so far).")
    boolean conll = true;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "CoNLL tokens to read; - (the default) reads standard input.")
    String input;

    @Override
    public Integer call() throws IOException {
        BufferedReader in = "-".equals(input)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (in) {
            write(NerTagger.shared(), in, out);
        }
        out.flush();
        return 0;
    }

    /** Tags every sentence of {@code in} and writes {@code token<TAB>tag} lines to {@code out}. */
    public static void write(NerTagger tagger, BufferedReader in, Writer out) throws IOException {
        List<String> tokens = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                flush(tagger, tokens, out);
                continue;
            }
            int tab = line.indexOf('\t');
            tokens.add(tab >= 0 ? line.substring(0, tab) : line.strip());
        }
        flush(tagger, tokens, out);
    }

    private static void flush(NerTagger tagger, List<String> tokens, Writer out) throws IOException {
        if (tokens.isEmpty()) {
            return;
        }
        List<String> tags = tagger.tag(tokens);
        StringBuilder b = new StringBuilder(tokens.size() * 16);
        for (int i = 0; i < tokens.size(); i++) {
            b.append(tokens.get(i)).append('\t').append(tags.get(i)).append('\n');
        }
        b.append('\n');
        out.append(b);
        tokens.clear();
    }
}
