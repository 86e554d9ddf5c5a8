package dev.kulis.cli;

import dev.kulis.ner.NerTagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kulis ner --conll [FILE|-]}: reads one token a line (the first column, tab- or space-separated; a blank line
 * ends a sentence) and writes {@code token<TAB>tag} for the same tokens in the same order, with BIO tags
 * {@code B-PER}, {@code I-ORG}, {@code B-LOC}…; a blank line after each sentence. The sentences are taken as
 * running text in reading order (neighbouring sentences help), in blocks of {@value #BLOCK} sentences that
 * overlap by the document window, so memory stays bounded.
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
        BufferedReader in = CommandInput.open(input, "ner");
        if (in == null) {
            return 1;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (in) {
            write(NerTagger.shared(), in, out);
        }
        out.flush();
        return 0;
    }

    static final int BLOCK = 2000;

    /** Tags every sentence of {@code in} and writes {@code token<TAB>tag} lines to {@code out}. */
    public static void write(NerTagger tagger, BufferedReader in, Writer out) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int written = 0; // sentences of the list already written
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(List.copyOf(tokens));
                    tokens.clear();
                }
                if (sentences.size() >= BLOCK + 2 * NerTagger.WINDOW) {
                    written = flush(tagger, sentences, written, sentences.size() - NerTagger.WINDOW, out);
                    // keep the window of context before the first unwritten sentence
                    int drop = written - NerTagger.WINDOW;
                    sentences.subList(0, drop).clear();
                    written -= drop;
                }
                continue;
            }
            tokens.add(firstColumn(line));
        }
        if (!tokens.isEmpty()) {
            sentences.add(List.copyOf(tokens));
        }
        flush(tagger, sentences, written, sentences.size(), out);
    }

    /** The token of a CoNLL line: up to the first tab, or, in files whose columns are spaces, the first space. */
    static String firstColumn(String line) {
        int tab = line.indexOf('\t');
        if (tab >= 0) {
            return line.substring(0, tab).strip();
        }
        String t = line.strip();
        int space = 0;
        while (space < t.length() && !Character.isWhitespace(t.charAt(space))) {
            space++;
        }
        return t.substring(0, space);
    }

    /** Tags all of {@code sentences} as context and writes those in {@code [from, to)}; returns {@code to}. */
    private static int flush(NerTagger tagger, List<List<String>> sentences, int from, int to, Writer out)
            throws IOException {
        if (from >= to) {
            return to;
        }
        List<List<String>> tags = tagger.tagDocument(sentences);
        StringBuilder b = new StringBuilder(1 << 16);
        for (int k = from; k < to; k++) {
            List<String> s = sentences.get(k);
            for (int i = 0; i < s.size(); i++) {
                b.append(s.get(i)).append('\t').append(tags.get(k).get(i)).append('\n');
            }
            b.append('\n');
            out.append(b);
            b.setLength(0);
        }
        return to;
    }
}
