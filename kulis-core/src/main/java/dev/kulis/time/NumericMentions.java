package dev.kulis.time;

import dev.kulis.model.Article;
import dev.kulis.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based mentions for the entity layer: {@code DATE} (dates, durations and sets of the time layer),
 * {@code TIME} (clock times), {@code MONEY} and {@code PERCENT}. Each mention's {@code text} is its exact span,
 * {@code base} the span without its last word's suffix ({@code 31 Mart'ta} → {@code 31 Mart},
 * {@code 15 yıldır} → {@code 15 yıl}, {@code 5 milyon lira'lık} → {@code 5 milyon lira}), and
 * {@code grammaticalCase} the case that suffix marks, or null.
 *
 * <p>Needs the text layer's tokens. Thread-safe, no I/O.
 */
public final class NumericMentions {
    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String MONEY = AmountFinder.MONEY;
    public static final String PERCENT = AmountFinder.PERCENT;
    private static final double TIME_CONFIDENCE = 0.9;

    private final TimeFinder finder;
    private final AmountFinder amounts;

    public NumericMentions() {
        TimeLexicon lexicon = TimeLexicon.standard();
        this.finder = new TimeFinder(lexicon);
        this.amounts = new AmountFinder(lexicon);
    }

    /** The article's DATE, TIME, MONEY and PERCENT mentions, ordered by start. */
    public List<Mention> find(Article a) {
        String text = a.text();
        List<TimeMatch> times = new ArrayList<>();
        List<Mention> out = new ArrayList<>();
        finder.scan(a, times, (scanner, from, to) -> amounts.find(text, a.tokens(), scanner.words(), from, to, out));
        for (TimeMatch m : times) {
            String type = m.kind().equals(TimeMatch.TIME) ? TIME : DATE;
            out.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()),
                    text.substring(m.start(), m.baseEnd()), type, m.grammaticalCase(), TIME_CONFIDENCE));
        }
        out.replaceAll(NumericMentions::nominativeWhenBare);
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return out;
    }

    /** A mention with no suffix ({@code yüzde 35}, {@code 18 Ocak 2012}) is nominative, as a bare name is. */
    private static Mention nominativeWhenBare(Mention m) {
        return m.grammaticalCase() == null && m.base().equals(m.text())
                ? new Mention(m.start(), m.end(), m.text(), m.base(), m.type(), "Nom", m.confidence()) : m;
    }
}
