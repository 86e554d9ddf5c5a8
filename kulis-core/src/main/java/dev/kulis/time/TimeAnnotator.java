package dev.kulis.time;

import dev.kulis.model.Article;
import dev.kulis.model.TimeExpression;
import dev.kulis.pipeline.Annotator;
import java.util.ArrayList;
import java.util.List;

/**
 * The time layer as a pipeline step ({@code "time"}): fills {@link Article#times()} with the article's time
 * expressions, resolved against {@code metadata().date()} at the precision the article states.
 *
 * <p>Contract: runs after the text layer (it reads {@link Article#tokens()} and {@link Article#sentences()}; an
 * article without tokens gets no times) and replaces any times already there. Spans are exact character offsets
 * into the text and include the last word's suffix ({@code 31 Mart'ta}). {@code kind} is {@code date},
 * {@code time}, {@code duration} or {@code set}; {@code value} is ISO 8601 in the TIMEX3 conventions:
 * <ul>
 * <li>dates at the precision known: {@code 2019-03-31}, {@code 2019-03}, {@code 2019}, weeks {@code 2019-W02},
 *     weekends {@code 2019-W02-WE}, seasons {@code 2019-SU}, decades {@code 199} (the 1990s), parts of a day
 *     {@code 2019-01-14TEV};</li>
 * <li>what the text leaves open written with X: {@code XXXX-03-31} (no article date to take a year from),
 *     {@code XXXX-WXX-1} (a Monday when the article's day is unknown);</li>
 * <li>clock times {@code 2019-01-15T14:30}, or {@code T14:30} when the day is unknown;</li>
 * <li>durations {@code P15Y}, {@code P2M}, {@code PT30M}, {@code PXY} (an unstated number of years);</li>
 * <li>sets (recurrences) as the period: {@code her yıl} → {@code P1Y}, {@code her Pazartesi} →
 *     {@code XXXX-WXX-1};</li>
 * <li>null: a relative expression in an article without a date ({@code dün}, {@code geçen yıl}).</li>
 * </ul>
 * How ambiguous cases resolve is documented on {@link TimeResolver}. Pure, thread-safe, no I/O.
 */
public final class TimeAnnotator implements Annotator {
    private final TimeFinder finder;

    public TimeAnnotator() {
        this.finder = new TimeFinder(TimeLexicon.standard());
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Article annotate(Article article) {
        List<TimeMatch> found = finder.find(article);
        List<TimeExpression> times = new ArrayList<>(found.size());
        String text = article.text();
        for (TimeMatch m : found) {
            times.add(new TimeExpression(m.start(), m.end(), text.substring(m.start(), m.end()), m.kind(),
                    m.value()));
        }
        return article.withTimes(times);
    }
}
