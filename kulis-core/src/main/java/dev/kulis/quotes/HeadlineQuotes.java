package dev.kulis.quotes;

import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Headline quotes: in the headline (line 1) or a subheading, {@code SPEAKER: QUOTE} (the quote is the text
 * after the colon, the speaker the name before it) or a quotation of two words or more between marks.
 */
final class HeadlineQuotes {
    private static final int MAX_SPEAKER_WORDS = 4;
    /** Fewer quoted words in a headline are a term or a scare quote ({@code "can dostu"}), not a statement. */
    private static final int MIN_WORDS = 3;

    private final ArticleView view;
    private final Speakers speakers;

    HeadlineQuotes(ArticleView view, Speakers speakers) {
        this.view = view;
        this.speakers = speakers;
    }

    List<Candidate> find(List<MarkedSpan> marks) {
        List<Candidate> out = new ArrayList<>();
        for (Paragraph p : view.article.paragraphs()) {
            if (p.kind() != ParagraphKind.HEADLINE && p.kind() != ParagraphKind.SUBHEADING) {
                continue;
            }
            Candidate c = colon(p);
            if (c != null) {
                out.add(c);
                continue;
            }
            for (MarkedSpan m : marks) {
                if (m.open() >= p.start() && m.close() <= p.end() && DirectQuotes.words(m, view.text) >= MIN_WORDS) {
                    out.add(new Candidate("headline", m.textStart(), m.textEnd(), null, -1, -1, -1,
                            named(p.start(), m.open())));
                }
            }
        }
        return out;
    }

    /** {@code SOYER: SİZE ÇOK İHTİYACIMIZ VAR}, {@code Bakan Aydın: "Yarın başlıyoruz"}. */
    private Candidate colon(Paragraph p) {
        String text = view.text;
        int colon = text.indexOf(':', p.start());
        if (colon < 0 || colon >= p.end()) {
            return null;
        }
        String before = text.substring(p.start(), colon).strip();
        if (before.isEmpty() || before.split("\\s+").length > MAX_SPEAKER_WORDS
                || !Character.isUpperCase(before.charAt(0)) || before.matches(".*\\d.*")) {
            return null;
        }
        int s = colon + 1;
        int e = p.end();
        while (s < e && (QuotationMarks.space(text.charAt(s)) || "\"“”'‘’«»".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (QuotationMarks.space(text.charAt(e - 1)) || "\"“”'‘’«»".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (e - s < 3 || text.substring(s, e).split("\\s+").length < 2) {
            return null;
        }
        Who who = named(p.start(), colon);
        if (who == null) {
            who = byName(before, view.tokenAtOrAfter(p.start()), view.tokenBefore(colon));
        }
        if (who == null) {
            return null;
        }
        return new Candidate("headline", s, e, null, -1, -1, -1, who);
    }

    /** A nominative or ablative candidate in {@code [from, to)} ({@code Erdoğan'dan 'erken seçim' mesajı}). */
    private Who named(int from, int to) {
        int a = view.tokenAtOrAfter(from);
        int b = view.tokenAtOrAfter(to);
        for (Who w : speakers.candidates(a, b, i -> false)) {
            String c = w.nominalCase();
            if (!w.anaphor() && (NominalCase.NOM.equals(c) || NominalCase.ABL.equals(c))) {
                return w;
            }
        }
        return null;
    }

    /** A speaker named in capitals that the entity layer did not mark: matched against the entities' names. */
    private Who byName(String words, int first, int last) {
        String folded = TurkishCase.lower(words);
        for (Entity e : view.article.entities()) {
            if (!"PERSON".equals(e.type()) && !"ORGANIZATION".equals(e.type())) {
                continue;
            }
            String name = TurkishCase.lower(e.name());
            String[] parts = name.split("\\s+");
            if (folded.equals(name) || folded.endsWith(parts[parts.length - 1])) {
                return new Who(first, Math.max(first, last), new EntityRef(e.id(), e.name()), e.type(),
                        NominalCase.NOM);
            }
        }
        return null;
    }
}
