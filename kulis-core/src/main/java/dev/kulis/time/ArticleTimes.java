package dev.kulis.time;

import dev.kulis.model.Article;
import dev.kulis.model.TimeExpression;
import java.util.List;

/**
 * Stands in for the {@code Article.withTimes} the model does not have yet: the same article with its time
 * expressions replaced. To be removed once {@code Article} has its own wither.
 */
public final class ArticleTimes {
    private ArticleTimes() {
    }

    public static Article withTimes(Article a, List<TimeExpression> times) {
        return new Article(a.id(), a.text(), a.metadata(), a.paragraphs(), a.sentences(), a.tokens(), a.entities(),
                a.quotes(), a.roles(), a.relations(), a.events(), times);
    }
}
