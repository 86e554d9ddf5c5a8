package dev.kulis.eval;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.text.SentenceSplitter;
import dev.kulis.text.TurkishTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the tokenizer and sentence splitter on a UD treebank: rebuilds the raw text exactly as
 * {@code score.py rawtext} does (sentences joined by a space, documents by a blank line), tokenizes and splits
 * it, and scores the result with {@link TokenizationScore}.
 */
public final class TokenizationEval {
    private final TurkishTokenizer tokenizer;
    private final SentenceSplitter splitter;

    public TokenizationEval(TurkishTokenizer tokenizer, SentenceSplitter splitter) {
        this.tokenizer = tokenizer;
        this.splitter = splitter;
    }

    /** Gold sentences as surface token forms, and the raw text. */
    public record Gold(List<List<String>> sentences, String rawText) {
    }

    public static Gold readGold(Path conllu) {
        List<ConlluSentence> sents;
        try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
            sents = Conllu.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder raw = new StringBuilder();
        List<List<String>> gold = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            ConlluSentence s = sents.get(i);
            if (i > 0) {
                raw.append(s.startsDocument() ? "\n\n" : " ");
            }
            raw.append(s.text() == null ? "None" : s.text());
            List<String> forms = new ArrayList<>();
            for (String[] row : s.surfaceRows()) {
                forms.add(row[1]);
            }
            gold.add(forms);
        }
        return new Gold(gold, raw.toString());
    }

    /** Predicted sentences (token forms) for a raw text. */
    public List<List<String>> predict(String raw) {
        List<Token> tokens = tokenizer.tokenize(raw);
        List<Sentence> sentences = splitter.split(raw, tokens);
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> forms = new ArrayList<>(s.tokenCount());
            for (int k = s.firstToken(); k < s.lastToken(); k++) {
                forms.add(tokens.get(k).text());
            }
            out.add(forms);
        }
        return out;
    }

    public TokenizationScore evaluate(Path conllu) {
        Gold gold = readGold(conllu);
        return TokenizationScore.score(gold.sentences(), predict(gold.rawText()));
    }
}
