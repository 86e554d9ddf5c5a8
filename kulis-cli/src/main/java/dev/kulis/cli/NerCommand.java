package dev.kulis.cli;

import dev.kulis.ner.NerTagger;
import dev.kulis.read.Decoded;
import dev.kulis.read.TextDecoder;
import dev.kulis.read.UnreadableException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

    /** Larger files are refused: the whole file is read to detect its encoding. */
    static final long MAX_FILE_BYTES = 256L << 20;

    @Override
    public Integer call() throws IOException {
        BufferedReader in;
        if ("-".equals(input)) {
            // a stream cannot be read twice to detect its encoding: bytes that are not UTF-8 become U+FFFD,
            // one line still per token, so the output stays aligned with the input
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        } else {
            String text = readFile(Path.of(input));
            if (text == null) {
                return 1;
            }
            in = new BufferedReader(new StringReader(text));
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (in) {
            write(NerTagger.shared(), in, out);
        }
        out.flush();
        return 0;
    }

    /**
     * The file's text: UTF-8 as it is; other encodings (Windows-1254, ISO-8859-9, UTF-16) detected and said on
     * standard error. Null, after a message naming the file and the problem, when it cannot be read as text.
     */
    private String readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("kulis ner: " + input + ": no such file");
            return null;
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            System.err.printf("kulis ner: %s: %,d bytes, more than the %,d this command reads at once; split it "
                    + "at blank lines%n", input, Files.size(file), MAX_FILE_BYTES);
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return "";
        }
        try {
            if (!hasNul(bytes)) {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            }
        } catch (CharacterCodingException notUtf8) {
            // another encoding: detected below
        }
        try {
            Decoded d = TextDecoder.decode(bytes);
            System.err.println("kulis ner: " + input + ": not UTF-8, read as " + d.charset());
            return d.text();
        } catch (UnreadableException e) {
            System.err.println("kulis ner: " + input + ": not text (" + e.getMessage() + ")");
            return null;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
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
            int tab = line.indexOf('\t');
            tokens.add(tab >= 0 ? line.substring(0, tab) : line.strip());
        }
        if (!tokens.isEmpty()) {
            sentences.add(List.copyOf(tokens));
        }
        flush(tagger, sentences, written, sentences.size(), out);
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
