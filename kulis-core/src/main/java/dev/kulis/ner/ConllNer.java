package dev.kulis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    public static List<NerSentence> read(BufferedReader in) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                flush(tokens, labels, out);
                continue;
            }
            String[] cols = line.split("\t");
            tokens.add(cols[0]);
            labels.add(cols.length > 1 ? NerLabels.of(cols[cols.length - 1].trim()) : NerLabels.O);
        }
        flush(tokens, labels, out);
        return out;
    }

    private static void flush(List<String> tokens, List<Integer> labels, List<NerSentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        int[] l = new int[labels.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(i);
        }
        out.add(new NerSentence(tokens, repair(l)));
        tokens.clear();
        labels.clear();
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
