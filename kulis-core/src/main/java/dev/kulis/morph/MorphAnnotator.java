package dev.kulis.morph;

import dev.kulis.model.Article;
import dev.kulis.model.Morph;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;

/** Fills {@link Token#morph()} for every token, sentence by sentence ({@code morph} step of the pipeline). */
public final class MorphAnnotator implements Annotator {
    private final Lemmatizer lemmatizer;

    public MorphAnnotator() {
        this(new Lemmatizer());
    }

    public MorphAnnotator(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    @Override
    public String name() {
        return "morph";
    }

    @Override
    public Article annotate(Article article) {
        List<Token> tokens = article.tokens();
        if (tokens.isEmpty()) {
            return article;
        }
        Token[] out = tokens.toArray(new Token[0]);
        boolean[] done = new boolean[out.length];
        for (Sentence s : article.sentences()) {
            fill(out, done, s.firstToken(), Math.min(s.lastToken(), out.length));
        }
        // tokens outside every sentence (no sentence split yet) are read as one run each
        int i = 0;
        while (i < out.length) {
            if (done[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < out.length && !done[j]) {
                j++;
            }
            fill(out, done, i, j);
            i = j;
        }
        return article.withTokens(article.sentences(), List.of(out));
    }

    private void fill(Token[] tokens, boolean[] done, int from, int to) {
        if (from >= to) {
            return;
        }
        List<String> forms = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            forms.add(tokens[k].text());
        }
        List<Morph> m = lemmatizer.lemmatize(forms);
        for (int k = from; k < to; k++) {
            tokens[k] = tokens[k].withMorph(m.get(k - from));
            done[k] = true;
        }
    }
}
