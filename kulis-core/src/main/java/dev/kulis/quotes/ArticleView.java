package dev.kulis.quotes;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import java.util.List;

/**
 * The quote layer's working view of one article: tokens with their sentence, the entity mention each
 * token belongs to, and the headline blocks. Built once per article, read only.
 */
final class ArticleView {
    final Article article;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    private final int[] sentenceOf;
    private final Entity[] entityAt;
    private final int[] mentionFirst;
    private final int[] mentionLast;

    ArticleView(Article article) {
        this.article = article;
        this.text = article.text();
        this.tokens = article.tokens();
        this.sentences = article.sentences();
        int n = tokens.size();
        sentenceOf = new int[n];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            for (int t = sent.firstToken(); t < sent.lastToken() && t < n; t++) {
                sentenceOf[t] = s;
            }
        }
        entityAt = new Entity[n];
        mentionFirst = new int[n];
        mentionLast = new int[n];
        for (Entity e : article.entities()) {
            if (!speakerType(e.type())) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int first = tokenAtOrAfter(m.start());
                int last = first;
                while (last + 1 < n && tokens.get(last + 1).start() < m.end()) {
                    last++;
                }
                if (first >= n || tokens.get(first).start() >= m.end()) {
                    continue;
                }
                for (int t = first; t <= last; t++) {
                    entityAt[t] = e;
                    mentionFirst[t] = first;
                    mentionLast[t] = last;
                }
            }
        }
    }

    private static boolean speakerType(String type) {
        return "PERSON".equals(type) || "ORGANIZATION".equals(type) || "LOCATION".equals(type);
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The entity whose mention covers token {@code i}, or null. */
    Entity entity(int i) {
        return i >= 0 && i < entityAt.length ? entityAt[i] : null;
    }

    int mentionFirst(int i) {
        return mentionFirst[i];
    }

    int mentionLast(int i) {
        return mentionLast[i];
    }

    Sentence sentenceOf(int token) {
        return sentences.get(sentenceOf[token]);
    }

    int sentenceIndex(int token) {
        return sentenceOf[token];
    }

    /** Index of the first token that starts at or after {@code pos} (the token count when none does). */
    int tokenAtOrAfter(int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token that starts before {@code pos}, or -1. */
    int tokenBefore(int pos) {
        return tokenAtOrAfter(pos) - 1;
    }

    /** The block (paragraph) of a headline or subheading that covers {@code pos}, or null. */
    Paragraph headlineBlock(int pos) {
        for (Paragraph p : article.paragraphs()) {
            if (p.start() <= pos && pos < p.end()
                    && (p.kind() == ParagraphKind.HEADLINE || p.kind() == ParagraphKind.SUBHEADING)) {
                return p;
            }
        }
        return null;
    }
}
