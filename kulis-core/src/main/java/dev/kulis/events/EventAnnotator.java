package dev.kulis.events;

import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Article;
import dev.kulis.model.Event;
import dev.kulis.model.Sentence;
import dev.kulis.pipeline.Annotator;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Events from verb phrases ({@code ziyaret etti}, {@code görüştü}, {@code davet edeceğini}, {@code desteği
 * vereceklerini}, {@code eleştirdi}, {@code kutladı}) and scheduled elections ({@code 31 Mart'ta yapılacak
 * yerel seçim}). Participants are the person and organisation mentions of the verb's clause (plus the
 * speaker when the verb stands inside a quote), the place a locative location or place noun of the clause,
 * the time the nearest dated expression of the sentence (else the article's date), and the modality
 * (past, future, planned, negated) is read from the verb's morphology.
 */
public final class EventAnnotator implements Annotator {

    /** A word list of this package's resources, one word a line, lower-cased. */
    static Set<String> words(String resource) {
        Set<String> s = new HashSet<>();
        DataLines.read(EventAnnotator.class, resource).forEach(l -> s.add(TurkishCase.lower(l.strip())));
        return s;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Article annotate(Article article) {
        ArticleIndex ix = ArticleIndex.of(article);
        List<Event> out = new ArrayList<>();
        boolean[] titled = Genitives.titleWords(ix);
        for (Sentence s : article.sentences()) {
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                PhraseMatcher.Phrase p = PhraseMatcher.match(ix, i, s.lastToken());
                if (p != null) {
                    int verb = i + p.roots().length - 1;
                    Event e = new VerbEvent(ix, s, p.type(), i, verb, titled).read();
                    if (e != null) {
                        out.add(e);
                    }
                    i = verb;
                } else if (Elections.wordAt(ix, s, i)) {
                    Event e = Elections.dated(ix, s, i);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        }
        return article.withEvents(Dedupe.events(Elections.consistentYears(out)));
    }
}
