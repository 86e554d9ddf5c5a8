package dev.kulis.cli;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.text.SentenceSplitter;
import dev.kulis.text.TurkishTokenizer;
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
 * {@code kulis tokenize --conllu [FILE|-]}: raw UTF-8 text in, CoNLL-U out (a {@code # text} line per sentence,
 * ID and FORM columns, {@code SpaceAfter=No} where no whitespace follows). Reads line by line: a line break
 * always ends a sentence, so each line is tokenized on its own and memory stays bounded by the longest line.
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Tokenize and sentence-split raw Turkish text; write CoNLL-U.")
public final class TokenizeCommand implements Callable<Integer> {
    @Option(names = "--conllu", description = "Write CoNLL-U (the only format so far).")
    boolean conllu = true;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "Text to read (UTF-8; other Turkish encodings of a file are detected); - (the default) "
                    + "reads standard input.")
    String input;

    @Override
    public Integer call() throws IOException {
        BufferedReader in = CommandInput.open(input, "tokenize");
        if (in == null) {
            return 1;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (in) {
            write(in, out);
        }
        out.flush();
        return 0;
    }

    /** Tokenizes {@code in} line by line and writes CoNLL-U to {@code out}. */
    public static void write(BufferedReader in, Writer out) throws IOException {
        TurkishTokenizer tokenizer = new TurkishTokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder row = new StringBuilder(256);
        long sentId = 0;
        String line;
        while ((line = in.readLine()) != null) {
            tokens.clear();
            sentences.clear();
            tokenizer.tokenize(line, 0, line.length(), tokens);
            splitter.split(line, tokens, 0, tokens.size(), sentences);
            for (Sentence s : sentences) {
                row.setLength(0);
                row.append("# sent_id = ").append(++sentId).append('\n');
                row.append("# text = ").append(line, s.start(), s.end()).append('\n');
                out.append(row);
                for (int k = s.firstToken(); k < s.lastToken(); k++) {
                    Token t = tokens.get(k);
                    row.setLength(0);
                    row.append(k - s.firstToken() + 1).append('\t').append(t.text())
                            .append("\t_\t_\t_\t_\t_\t_\t_\t");
                    // the last token of a line is followed by the line break
                    row.append(t.spaceAfter() || k == tokens.size() - 1 ? "_" : "SpaceAfter=No").append('\n');
                    out.append(row);
                }
                out.append('\n');
            }
        }
    }
}
