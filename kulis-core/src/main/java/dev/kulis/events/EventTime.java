package dev.kulis.events;

import dev.kulis.model.Article;
import dev.kulis.model.Sentence;
import dev.kulis.model.TimeExpression;
import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;

/** When an event happened: the dated expression of its sentence nearest its verb. */
final class EventTime {
    private EventTime() {
    }

    /** The date nearest the verb in its sentence, else the article's date. */
    static String of(ArticleIndex ix, Sentence s, int at) {
        Article a = ix.article();
        TimeExpression best = null;
        for (TimeExpression t : a.times()) {
            if ("date".equals(t.kind()) && t.start() >= s.start() && t.end() <= s.end() && !beforeParticiple(ix, t, at)
                    && (best == null || Math.abs(t.start() - at) < Math.abs(best.start() - at))) {
                best = t;
            }
        }
        return best != null ? best.value() : a.metadata().date();
    }

    /** A date right before a participle dates that participle's clause (31 Mart'ta yapılacak), not the main verb. */
    private static boolean beforeParticiple(ArticleIndex ix, TimeExpression t, int at) {
        int next = ix.tokenAt(t.end() - 1) + 1;
        if (next <= 0 || next >= ix.tokens().size()) {
            return false;
        }
        Token n = ix.tokens().get(next);
        return n.start() != at && Verbs.isVerb(n) && (n.morph().analysis().contains("PART") || ArticleIndex.hasTag(n, "FUT"));
    }
}
