package dev.kulis.quotes;

import dev.kulis.model.Article;
import dev.kulis.model.Quote;
import dev.kulis.pipeline.Annotator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quote layer: who said what, to whom. Finds direct quotations in every mark style, indirect and mixed
 * speech governed by verbs of saying, and headline quotes, and attributes each to its speaker (an entity of
 * the article, a group, or the speaker carried over when the sentence drops its subject) and, where the
 * text marks it, its addressee. Needs the text, morphology and entity layers; pure and thread-safe.
 */
public final class QuoteAnnotator implements Annotator {
    private final QuoteLexicon lexicon = QuoteLexicon.shared();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Article annotate(Article article) {
        if (article.tokens().isEmpty()) {
            return article.withQuotes(List.of());
        }
        ArticleView view = new ArticleView(article);
        List<MarkedSpan> marks = QuotationMarks.find(article.text());
        CueFinder cues = new CueFinder(lexicon, article.tokens());
        Speakers speakers = new Speakers(view, lexicon);

        List<Candidate> direct = new DirectQuotes(view, cues).find(marks);
        boolean[] claimed = new boolean[view.size()];
        for (Candidate c : direct) {
            claim(view, claimed, c.start() - 2, c.end() + 2);
            if (c.cue() != null) {
                for (int t = c.cue().first(); t <= c.cue().last(); t++) {
                    claimed[t] = true;
                }
            }
        }
        List<Candidate> indirect = new IndirectQuotes(view, cues, speakers).find(claimed, marks);
        List<Candidate> headlines = new HeadlineQuotes(view, speakers).find(marks);

        List<Candidate> body = new ArrayList<>(direct);
        body.addAll(indirect);
        body.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> all = new ArrayList<>(body);
        all.addAll(headlines);
        List<Quote> quotes = new Attribution(view, speakers, all).resolve(body, headlines);
        return article.withQuotes(quotes);
    }

    private static void claim(ArticleView view, boolean[] claimed, int from, int to) {
        for (int t = view.tokenAtOrAfter(Math.max(0, from)); t < view.size() && view.token(t).start() < to; t++) {
            claimed[t] = true;
        }
    }
}
