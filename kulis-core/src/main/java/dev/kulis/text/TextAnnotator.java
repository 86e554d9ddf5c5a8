package dev.kulis.text;

import dev.kulis.model.Article;
import dev.kulis.model.Paragraph;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text layer as a pipeline step ({@code "text"}): tokens and sentences for an article.
 *
 * <p>Each paragraph of {@link Article#paragraphs()} is tokenized as its own region, so no sentence crosses a
 * paragraph boundary; text outside every paragraph (a byline the reader set apart) gets no tokens. An article
 * without paragraphs is read line by line instead. Thread-safe, no I/O.
 */
public final class TextAnnotator implements Annotator {
    private final TurkishTokenizer tokenizer;
    private final SentenceSplitter splitter;

    public TextAnnotator() {
        this(new TurkishTokenizer(), new SentenceSplitter());
    }

    public TextAnnotator(TurkishTokenizer tokenizer, SentenceSplitter splitter) {
        this.tokenizer = tokenizer;
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Article annotate(Article article) {
        String text = article.text();
        List<Token> tokens = new ArrayList<>(text.length() / 6 + 8);
        List<Sentence> sentences = new ArrayList<>(text.length() / 80 + 4);
        if (article.paragraphs().isEmpty()) {
            int lineStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    region(text, lineStart, i, tokens, sentences);
                    lineStart = i + 1;
                }
            }
        } else {
            List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs());
            paragraphs.sort(Comparator.comparingInt(Paragraph::start));
            int done = 0;
            for (Paragraph p : paragraphs) {
                int from = Math.max(p.start(), done);     // overlapping paragraphs are not tokenized twice
                if (from < p.end()) {
                    region(text, from, p.end(), tokens, sentences);
                    done = p.end();
                }
            }
        }
        return article.withTokens(sentences, tokens);
    }

    private void region(String text, int from, int to, List<Token> tokens, List<Sentence> sentences) {
        int first = tokens.size();
        tokenizer.tokenize(text, from, to, tokens);
        splitter.split(text, tokens, first, tokens.size(), sentences);
    }
}
