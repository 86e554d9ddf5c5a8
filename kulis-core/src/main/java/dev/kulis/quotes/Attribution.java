package dev.kulis.quotes;

import dev.kulis.model.EntityRef;
import dev.kulis.model.Quote;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each quote its speaker and addressee, in text order. The speaker is the one the reporting frame
 * names (subject, participle head, statement source); when the sentence drops its subject or names it by an
 * anaphor ({@code Bakan}, {@code o}), the most recent speaker or sentence subject before it. A headline quote
 * without a named speaker takes the article's main speaker.
 */
final class Attribution {
    private final ArticleView view;
    private final Speakers speakers;
    private final boolean[] inQuote;

    Attribution(ArticleView view, Speakers speakers, List<Candidate> all) {
        this.view = view;
        this.speakers = speakers;
        this.inQuote = new boolean[view.size()];
        for (Candidate c : all) {
            for (int t = view.tokenAtOrAfter(c.start()); t < view.size() && view.token(t).start() < c.end(); t++) {
                inQuote[t] = true;
            }
        }
    }

    List<Quote> resolve(List<Candidate> body, List<Candidate> headlines) {
        List<Quote> out = new ArrayList<>();
        EntityRef last = null;
        int nextSentence = 0;
        Candidate prev = null;
        EntityRef prevSpeaker = null;
        EntityRef lastSource = null;
        EntityRef lastPerson = null;
        java.util.Set<EntityRef> persons = new java.util.HashSet<>();
        for (Candidate c : body) {
            int anchor = c.frameTo() > c.frameFrom() ? c.frameFrom() : view.tokenAtOrAfter(c.start());
            int sentence = view.sentenceIndex(Math.min(anchor, view.size() - 1));
            for (; nextSentence < sentence; nextSentence++) {
                Sentence s = view.sentences.get(nextSentence);
                Who w = speakers.subject(s.firstToken(), s.lastToken(), t -> inQuote[t]);
                if (w != null && w.ref() != null && (w.person() || "ORGANIZATION".equals(w.type()))) {
                    last = w.ref();
                }
                if (w != null && w.ref() != null && w.person()) {
                    persons.add(w.ref());
                    lastPerson = w.ref();
                }
            }
            boolean sameSentence = prev != null && prev.cue() != null
                    && view.sentenceIndex(prev.cue().last()) == sentence && prev.cue().last() < c.frameTo();
            int from = c.frameFrom();
            if (sameSentence && prev.cue().form() != VerbForm.CONVERB) {
                from = Math.max(from, prev.cue().last() + 1);
            }
            Who w = find(c, from);
            EntityRef speaker;
            boolean explicit;
            boolean agentless = c.cue() != null && c.cue().passive() && w == null;
            if (agentless && rumour(c.cue())) {
                continue; // "…olduğu iddia ediliyor": an allegation nobody makes is not a quote
            }
            if (agentless) {
                // "…olduğu belirtildi" names nobody: the reader takes the source of the statement it continues
                // (the same sentence's speaker, the last passive report's source), else the last speaker
                speaker = sameSentence && prevSpeaker != null ? prevSpeaker
                        : lastSource != null ? lastSource : last;
                explicit = false;
            } else if (w != null && "DESCRIPTION".equals(w.type()) && lastPerson != null) {
                speaker = lastPerson; // "kilise yetkilisi, …": a description of the person named before
                explicit = false;
            } else if (w != null && !w.anaphor()) {
                speaker = w.ref();
                explicit = true;
            } else if (sameSentence && prevSpeaker != null) {
                speaker = prevSpeaker;
                explicit = true;
            } else {
                speaker = last;
                explicit = false;
            }
            EntityRef addressee = c.cue() == null && c.frameTo() <= from ? null
                    : speakers.addressee(from, c.frameTo(), c.frameTo(), c.cue(), c.sentenceEnd(), t -> inQuote[t]);
            if (addressee != null && speaker != null && addressee.equals(speaker)) {
                addressee = null;
            }
            out.add(quote(c, speaker, addressee, confidence(c, speaker, explicit)));
            if (speaker != null) {
                last = speaker;
            }
            if (w != null && w.person() && w.ref() != null) {
                persons.add(w.ref());
            }
            if (speaker != null && persons.contains(speaker)) {
                lastPerson = speaker;
            }
            if (c.cue() != null && c.cue().passive() && w != null && !w.anaphor()) {
                lastSource = w.ref();
            }
            prev = c;
            prevSpeaker = speaker;
        }
        EntityRef main = mainSpeaker(out);
        for (Candidate c : headlines) {
            EntityRef speaker = c.given() != null ? c.given().ref() : main;
            double confidence = c.given() != null ? 0.85 : speaker != null ? 0.6 : 0.4;
            out.add(quote(c, speaker, null, confidence));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private Who find(Candidate c, int from) {
        Cue cue = c.cue();
        if (cue != null && cue.passive()) {
            // the subject of a passive verb of saying is what was said about; only a source names a speaker
            Who w = c.frameTo() > from ? speakers.source(from, c.frameTo(), t -> inQuote[t]) : null;
            if (w == null && "indirect".equals(c.kind()) || w == null && "mixed".equals(c.kind())) {
                // the clause may open with its own source: "Raporda, …", "X'e göre …", "X tarafından …"
                w = speakers.sourceWithin(view.tokenAtOrAfter(c.start()), cue.first());
            }
            return w;
        }
        Who w = null;
        if (cue != null && "direct".equals(c.kind()) && cue.first() >= c.frameTo() && c.frameTo() - 1 >= from
                && view.entity(c.frameTo() - 1) != null) {
            // "X'in "…" mesajı": the genitive right before the quotation owns the words the noun names
            Who g = speakers.at(view.mentionFirst(c.frameTo() - 1));
            if (g != null && g.last() == c.frameTo() - 1 && NominalCase.GEN.equals(g.nominalCase())) {
                return g;
            }
        }
        if (cue != null && cue.form() == VerbForm.PARTICIPLE) {
            w = speakers.head(cue.last(), c.sentenceEnd());
        }
        if (w == null && c.frameTo() > from) {
            w = speakers.subject(from, c.frameTo(), t -> inQuote[t]);
        }
        if (w == null && cue != null) {
            w = speakers.head(cue.last(), c.sentenceEnd());
        }
        if (w == null && c.frameTo() > from) {
            w = speakers.source(from, c.frameTo(), t -> inQuote[t]);
        }
        if (w == null && cue != null && !"direct".equals(c.kind())) {
            // "çağrı yapan astsubaylar … öne sürerek": the clause opens with the head of a relative clause,
            // its subject, which the clause finder took in
            int first = view.tokenAtOrAfter(c.start());
            Who y = first > 0 && first < cue.first() ? speakers.at(first) : null;
            if (y != null && !y.anaphor() && NominalCase.NOM.equals(y.nominalCase())
                    && Reading.form(view.token(first - 1)) == VerbForm.PARTICIPLE) {
                w = y;
            }
        }
        return w;
    }

    /** A passive allegation: {@code iddia edildi}, {@code iddia ediliyordu}, {@code iddia edilen}. */
    private boolean rumour(Cue cue) {
        return "iddia".equals(Reading.lower(view.token(cue.first())));
    }

    private static double confidence(Candidate c, EntityRef speaker, boolean explicit) {
        if (speaker == null) {
            return 0.4;
        }
        boolean direct = "direct".equals(c.kind());
        if (c.cue() == null) {
            return 0.6;
        }
        if (explicit) {
            return direct ? 0.9 : 0.8;
        }
        return direct ? 0.7 : 0.6;
    }

    private Quote quote(Candidate c, EntityRef speaker, EntityRef addressee, double confidence) {
        String cueText = null;
        int cueStart = -1;
        int cueEnd = -1;
        if (c.cue() != null) {
            Token first = view.token(c.cue().first());
            Token lastTok = view.token(c.cue().last());
            cueStart = first.start();
            cueEnd = lastTok.end();
            cueText = view.text.substring(cueStart, cueEnd);
        }
        return new Quote(c.kind(), c.start(), c.end(), view.text.substring(c.start(), c.end()), cueText, cueStart,
                cueEnd, speaker, addressee, confidence);
    }

    /** The entity quoted most often in the body (the first of them on a tie), or null. */
    private static EntityRef mainSpeaker(List<Quote> quotes) {
        Map<EntityRef, Integer> counts = new HashMap<>();
        EntityRef best = null;
        int bestCount = 0;
        for (Quote q : quotes) {
            if (q.speaker() == null || q.speaker().entity() == null) {
                continue;
            }
            int n = counts.merge(q.speaker(), 1, Integer::sum);
            if (n > bestCount) {
                best = q.speaker();
                bestCount = n;
            }
        }
        return best;
    }
}
