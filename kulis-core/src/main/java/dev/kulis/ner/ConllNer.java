package dev.kulis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads CoNLL NER files: one token a line, the token in the first column and the BIO tag in the last,
 * a blank line between sentences. Tags outside PER/ORG/LOC become O (see {@link NerLabels#of}).
 */
public final class ConllNer {
    private ConllNer() {
    }

    public static List<NerSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #read(Path)}, with each sentence's tags rewritten by {@code retag} (tokens, tags → tags) before
     * they become labels: for corpora whose types map onto PER/ORG/LOC only with the words' help.
     */
    public static List<NerSentence> read(Path file, BiFunction<List<String>, List<String>, List<String>> retag) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, retag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<NerSentence> read(BufferedReader in) throws IOException {
        return read(in, (tokens, tags) -> tags);
    }

    static List<NerSentence> read(BufferedReader in, BiFunction<List<String>, List<String>, List<String>> retag)
            throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                flush(tokens, tags, retag, out);
                continue;
            }
            String[] cols = line.split("\t");
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1].trim() : "O");
        }
        flush(tokens, tags, retag, out);
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags,
                              BiFunction<List<String>, List<String>, List<String>> retag, List<NerSentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<String> t = retag.apply(tokens, tags);
        int[] l = new int[t.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = NerLabels.of(t.get(i));
        }
        out.add(new NerSentence(tokens, repair(l)));
        tokens.clear();
        tags.clear();
    }

    /** Turns an {@code I-X} that follows no X into {@code B-X}, as conlleval reads it. */
    static int[] repair(int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (NerLabels.isInside(labels[i]) && !NerLabels.allowed(i == 0 ? -1 : labels[i - 1], labels[i])) {
                labels[i] = labels[i] - 1;
            }
        }
        return labels;
    }
}
