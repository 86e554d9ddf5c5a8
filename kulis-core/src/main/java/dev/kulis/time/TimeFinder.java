package dev.kulis.time;

import dev.kulis.model.Article;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the time phrases of an article, sentence by sentence (a phrase never crosses a sentence), resolved
 * against the article's date. Needs the text layer's tokens; an article without tokens has no time phrases.
 * Thread-safe.
 */
final class TimeFinder {
    /** Receives one sentence's scanner after its time phrases were found. */
    interface SentenceVisitor {
        void visit(PhraseScanner scanner, int from, int to);
    }

    private final TimeLexicon lexicon;

    TimeFinder(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The article's time phrases in text order, not overlapping. */
    List<TimeMatch> find(Article article) {
        List<TimeMatch> out = new ArrayList<>();
        scan(article, out, null);
        return out;
    }

    /** Appends the article's time phrases to {@code out} and hands each sentence's scanner to {@code visitor}. */
    void scan(Article article, List<TimeMatch> out, SentenceVisitor visitor) {
        List<Token> tokens = article.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        Anchor anchor = Anchor.of(article.metadata()).orElse(null);
        List<Sentence> sentences = article.sentences();
        if (sentences.isEmpty()) {
            sentence(article.text(), tokens, 0, tokens.size(), anchor, out, visitor);
            return;
        }
        for (Sentence s : sentences) {
            sentence(article.text(), tokens, s.firstToken(), s.lastToken(), anchor, out, visitor);
        }
    }

    private void sentence(String text, List<Token> tokens, int from, int to, Anchor anchor, List<TimeMatch> out,
                          SentenceVisitor visitor) {
        if (from >= to) {
            return;
        }
        PhraseScanner scanner = new PhraseScanner(text, tokens, from, to, anchor, lexicon);
        scanner.scan(out);
        if (visitor != null) {
            visitor.visit(scanner, from, to);
        }
    }
}
