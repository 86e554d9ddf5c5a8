package dev.kulis.quotes;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Indirect (and mixed) quotes: a clause nominalised by -DIğInI, -AcAğInI, -mAsInI (… read from the
 * morphological analysis) or closed by {@code diye}, governed by a verb of saying in any form: finite
 * ({@code söyledi}), converb ({@code belirterek}), participle ({@code ifade eden}), passive
 * ({@code …olduğu belirtildi}). The quote runs from the clause's first word to its nominalised verb; the
 * clause begins after the subject set off by a comma, after an earlier reporting frame, or at the sentence
 * start. A clause that holds a quoted fragment is a mixed quote.
 */
final class IndirectQuotes {
    private final ArticleView view;
    private final CueFinder cues;
    private final Speakers speakers;

    IndirectQuotes(ArticleView view, CueFinder cues, Speakers speakers) {
        this.view = view;
        this.cues = cues;
        this.speakers = speakers;
    }

    /**
     * @param claimed tokens already taken by direct quotes and their cues
     * @param marks   every pair of quotation marks, to tell mixed quotes
     */
    List<Candidate> find(boolean[] claimed, List<MarkedSpan> marks) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : view.sentences) {
            if (s.tokenCount() < 3 || view.headlineBlock(s.start()) != null) {
                continue;
            }
            int floor = s.firstToken();
            for (int k = s.firstToken() + 1; k < s.lastToken(); k++) {
                if (claimed[k]) {
                    if (k + 1 < s.lastToken() && !claimed[k + 1]) {
                        floor = k + 1;
                    }
                    continue;
                }
                Cue cue = cues.endingAt(k, false);
                if (cue == null || cue.first() <= floor) {
                    continue;
                }
                int e = cue.first() - 1;
                while (e > floor && (particle(view.token(e)) || view.token(e).kind() == TokenKind.QUOTE)) {
                    e--;
                }
                Token head = view.token(e);
                boolean diye = "diye".equals(Reading.lower(head));
                if (diye) {
                    e--;
                    if (e <= floor || Reading.form(view.token(e)) != VerbForm.FINITE) {
                        continue;
                    }
                } else if (!Reading.nominalised(head, cue.passive(), cue.dative()) || cue.request() && !Reading.infinitive(head)) {
                    continue;
                }
                int start = clauseStart(e, floor);
                if (start > e) {
                    continue;
                }
                int startChar = view.token(start).start();
                int endChar = view.token(e).end();
                String kind = mixed(marks, startChar, endChar, view.text) ? "mixed" : "indirect";
                out.add(new Candidate(kind, startChar, endChar, cue, floor, start, s.lastToken(), null));
                for (int t = start; t <= cue.last(); t++) {
                    claimed[t] = true;
                }
                // a converb's subject is the next clause's subject too, and a passive participle (…olduğu
                // iddia edilen öğrenci) sits inside a larger clause; any other frame closes here
                boolean inner = cue.form() == VerbForm.PARTICIPLE && cue.passive();
                floor = cue.form() == VerbForm.CONVERB || inner ? floor : cue.last() + 1;
                k = cue.last();
            }
        }
        return out;
    }

    /** Walks back from the clause's verb to its first word. */
    private int clauseStart(int e, int floor) {
        int j = e;
        while (j - 1 >= floor) {
            Token p = view.token(j - 1);
            String w = p.text();
            if (":".equals(w) || ";".equals(w)) {
                break;
            }
            if (",".equals(w) && j - 2 >= floor && boundaryBeforeComma(j - 2)) {
                break;
            }
            if (particle(p) && j - 2 >= floor && (subjectEndsAt(j - 2) || statementAt(j - 2))) {
                break;
            }
            if (statementAt(j - 1)) {
                break; // "Bakanlığın açıklamasında yolun kapatıldığı belirtildi"
            }
            if (Reading.form(p) == VerbForm.PARTICIPLE && cues.endingAt(j - 1, false) != null) {
                break;
            }
            j--;
        }
        // a subject not set off by a comma ("Bakan Aydın yolun açılacağını söyledi", "… uzmanı Clinton Duffy
        // Yeni Zelanda'da … olduğunu hatırlattı"): the embedded clause's own subject is genitive, so a
        // nominative person in it is the speaker, and the clause begins after it
        for (int i = e - 1; i >= j; i--) {
            Who w = view.entity(i) != null ? speakers.at(view.mentionFirst(i)) : null;
            if (w == null || !w.person() || !NominalCase.NOM.equals(w.nominalCase()) || w.last() >= e) {
                continue;
            }
            Token next = view.token(w.last() + 1);
            String n = Reading.lower(next);
            if (Reading.possessedNoun(next) || "ile".equals(n) || "tarafından".equals(n) || "ve".equals(n)
                    || QuotedTitle.NAMING.contains(n)
                    || view.entity(w.last() + 1) != null
                    && NominalCase.NOM.equals(NominalCase.of(view.token(view.mentionLast(w.last() + 1))))
                    || hasVerb(j, w.first())) {
                i = w.first();
                continue;
            }
            j = w.last() + 1;
            break;
        }
        while (j < e && (particle(view.token(j)) || view.token(j).kind() == TokenKind.PUNCT)) {
            j++;
        }
        return j;
    }

    /** A statement named in the locative: açıklamasında, haberde, mesajında. */
    private boolean statementAt(int i) {
        Token t = view.token(i);
        return Speakers.statementNoun(t) && NominalCase.LOC.equals(NominalCase.of(t));
    }

    private boolean hasVerb(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Reading.isVerb(view.token(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean boundaryBeforeComma(int q) {
        if (subjectEndsAt(q)) {
            return true;
        }
        Token t = view.token(q);
        if (statementAt(q)) {
            return true; // "Bakanlığın açıklamasında, …", "Haberde, …"
        }
        VerbForm f = Reading.form(t);
        return f == VerbForm.FINITE || f == VerbForm.CONVERB && Reading.tail(t).contains("BYDOINGSO")
                || f == VerbForm.PARTICIPLE || cues.anyEndingAt(q) != null;
    }

    /** A nominative person, organisation or group ends at token {@code q}. */
    private boolean subjectEndsAt(int q) {
        int first = view.entity(q) != null ? view.mentionFirst(q) : q;
        Who w = speakers.at(first);
        return w != null && w.last() == q && NominalCase.NOM.equals(w.nominalCase())
                && !"LOCATION".equals(w.type());
    }

    private static boolean particle(Token t) {
        String w = Reading.lower(t);
        return "de".equals(w) || "da".equals(w) || "ise".equals(w);
    }

    /** The clause holds a quoted fragment of someone's words (not a name or title: "X" adlı, "X" isimli). */
    private static boolean mixed(List<MarkedSpan> marks, int start, int end, String text) {
        for (MarkedSpan m : marks) {
            if (m.textStart() >= start && m.textEnd() <= end + 1 && m.textEnd() > m.textStart()
                    && !QuotedTitle.is(text, m)) {
                return true;
            }
            if (m.open() > end) {
                break;
            }
        }
        return false;
    }
}
