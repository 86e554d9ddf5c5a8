package dev.kulis.quotes;

import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds who speaks and to whom in a stretch of tokens: the nominative subject of a reporting frame, the
 * head of a participle cue, the source of a statement ({@code Bakanlıktan yapılan açıklamada}), the dative
 * addressee.
 */
final class Speakers {
    private final ArticleView view;
    private final QuoteLexicon lexicon;

    Speakers(ArticleView view, QuoteLexicon lexicon) {
        this.view = view;
        this.lexicon = lexicon;
    }

    /** The possible speakers and addressees in {@code [from, to)}, skipping tokens {@code skip} rejects. */
    List<Who> candidates(int from, int to, IntPredicate skip) {
        List<Who> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < to && i < view.size(); i++) {
            if (skip.test(i)) {
                continue;
            }
            Who w = at(i);
            if (w != null) {
                out.add(w);
                i = w.last();
            }
        }
        return out;
    }

    /** The candidate that begins at token {@code i}, or null. */
    Who at(int i) {
        Entity e = view.entity(i);
        if (e != null) {
            int last = view.mentionLast(i);
            return new Who(i, last, new EntityRef(e.id(), e.name()), e.type(), NominalCase.of(view.token(last)));
        }
        Token t = view.token(i);
        if (!Reading.isWord(t)) {
            return null;
        }
        String w = Reading.lower(t);
        String root = Reading.root(t);
        String nominalCase = NominalCase.of(t);
        Who compound = groupCompound(i);
        if (compound != null) {
            return compound;
        }
        if (lexicon.groups.contains(w) || lexicon.groups.contains(root) && !Reading.isVerb(t)) {
            String name = NominalCase.NOM.equals(nominalCase) ? w : root;
            return new Who(i, i, new EntityRef(null, name), "GROUP", nominalCase);
        }
        if (lexicon.anaphors.contains(w) && NominalCase.NOM.equals(nominalCase)
                && (i + 1 >= view.size() || view.entity(i + 1) == null)) {
            return new Who(i, i, null, "ANAPHOR", nominalCase);
        }
        return null;
    }

    /**
     * A group word heading a compound, with its modifiers: {@code muhalefet partileri}, {@code İnsan hakları
     * savunucuları}, {@code kilise yetkilisi}; the speaker is the whole phrase. A singular one
     * ({@code kilise yetkilisi}) is a description of someone, typed {@code DESCRIPTION}.
     */
    private Who groupCompound(int i) {
        for (int j = i + 1; j <= i + 2 && j < view.size(); j++) {
            Token m = view.token(j - 1);
            if (view.entity(j - 1) != null || !Reading.isWord(m) || Reading.isVerb(m)
                    || !("NOUN".equals(Reading.rootPos(m)) || "ADJ".equals(Reading.rootPos(m)))
                    || !NominalCase.NOM.equals(NominalCase.of(m))
                    || j - 1 == i && Reading.possessive(m)) {
                return null;
            }
            Token h = view.token(j);
            if (view.entity(j) != null || !Reading.isWord(h)) {
                return null;
            }
            String hw = Reading.lower(h);
            boolean group = lexicon.groups.contains(hw) || lexicon.groups.contains(Reading.root(h)) && !Reading.isVerb(h);
            if (group && Reading.possessive(h)) {
                String phrase = view.text.substring(view.token(i).start(), h.end());
                String c = NominalCase.of(h);
                if (!NominalCase.NOM.equals(c)) {
                    return null; // keep to the plain subject form; oblique compounds are not speakers
                }
                String type = Reading.plural(h) ? "GROUP" : "DESCRIPTION";
                return new Who(i, j, new EntityRef(null, phrase), type, c);
            }
        }
        return null;
    }

    /**
     * The subject of a reporting frame in {@code [from, to)}: the first nominative candidate set off by a
     * comma, {@code de}/{@code da}/{@code ise}, a colon or a quotation mark; else the first nominative one
     * that is not a compound's modifier ({@code Soyer çiftini}) or joined by {@code ile}. Places count only
     * when set off.
     */
    Who subject(int from, int to, IntPredicate skip) {
        Who weak = null;
        for (Who w : candidates(from, to, skip)) {
            if (!NominalCase.NOM.equals(w.nominalCase())) {
                continue;
            }
            if (setOff(w.last())) {
                return w;
            }
            Who titled = titled(w, to);
            if (titled != null) {
                return titled;
            }
            if (!w.anaphor() && !"LOCATION".equals(w.type()) && (w.last() + 1 == to || !modifier(w.last()))
                    && (weak == null || w.person() && !weak.person())) {
                weak = w;
            }
        }
        return weak;
    }

    /**
     * An organisation or group with the title of its speaker, set off: {@code ISAF komutanı,},
     * {@code Muhalefet liderleri,}, {@code Bakanlık sözcüsü de}: the speaker is the whole phrase.
     */
    private Who titled(Who w, int to) {
        if (w.person() || w.anaphor()) {
            return null;
        }
        int i = w.last() + 1;
        while (i < to && i < w.last() + 3 && Reading.possessedNoun(view.token(i)) && view.entity(i) == null) {
            if (setOff(i) && NominalCase.NOM.equals(NominalCase.of(view.token(i)))) {
                String phrase = view.text.substring(view.token(w.first()).start(), view.token(i).end());
                return new Who(w.first(), i, new EntityRef(null, phrase), "GROUP", NominalCase.NOM);
            }
            i++;
        }
        return null;
    }

    /**
     * The head of a participle cue: the nominative candidate right after it ({@code ifade eden Bakan X}),
     * past a title in between ({@code belirten ESİDEF Yönetim Kurulu Başkanı Mustafa Özkara}).
     */
    Who head(int cueLast, int limit) {
        for (int i = cueLast + 1; i < Math.min(limit, cueLast + 8); i++) {
            Who w = at(i);
            if (w != null) {
                if (!NominalCase.NOM.equals(w.nominalCase())) {
                    return null;
                }
                if (!modifier(w.last())) {
                    return w;
                }
                i = w.last();
                continue;
            }
            Token t = view.token(i);
            boolean titleWord = Character.isUpperCase(t.text().charAt(0)) || Reading.possessedNoun(t)
                    || "NOUN".equals(Reading.rootPos(t)) && NominalCase.NOM.equals(NominalCase.of(t));
            if (!Reading.isWord(t) || !titleWord) {
                return null; // "anlatan sahil güvenlik sözcüsü" goes on; "belirten yüzlerce kişinin" stops
            }
        }
        return null;
    }

    /**
     * The source of a statement when the frame names a statement rather than a subject: the genitive or
     * ablative candidate before {@code açıklamasında}, {@code yapılan açıklamada}, {@code mesajında}.
     */
    Who source(int from, int to, IntPredicate skip) {
        Who agent = agent(from, to, skip);
        if (agent != null) {
            return agent;
        }
        for (int i = Math.max(0, from); i < to; i++) {
            Token t = view.token(i);
            if (!Reading.isWord(t) || !NominalCase.LOC.equals(NominalCase.of(t))
                    || !statementNoun(t) && !documentNoun(t)) {
                continue;
            }
            Who found = null;
            for (Who w : candidates(Math.max(from, i - 6), i, skip)) {
                String c = w.nominalCase();
                if (!w.anaphor() && (NominalCase.GEN.equals(c) || NominalCase.ABL.equals(c))) {
                    found = w;
                }
            }
            if (found != null) {
                return found;
            }
            if (documentNoun(t)) {
                return document(i); // "Raporda, … belirtildi": the report itself speaks
            }
        }
        return null;
    }

    /**
     * The source a reported clause names inside itself, before its verb: {@code X'e göre},
     * {@code X tarafından}, or a document in the locative opening it and set off ({@code Raporda, …}).
     */
    Who sourceWithin(int from, int to) {
        Who w = agent(from, to, t -> false);
        if (w != null || from >= to) {
            return w;
        }
        Token t = view.token(from);
        if (Reading.isWord(t) && documentNoun(t) && NominalCase.LOC.equals(NominalCase.of(t)) && setOff(from)) {
            return document(from);
        }
        return null;
    }

    /**
     * The agent of a passive frame or the source it cites: {@code X tarafından (hazırlanan …)},
     * {@code X'e göre}, {@code rapora göre}; null when the frame has neither.
     */
    private Who agent(int from, int to, IntPredicate skip) {
        for (int i = Math.max(0, from); i + 1 < to && i + 1 < view.size(); i++) {
            if (skip.test(i)) {
                continue;
            }
            Who w = at(i);
            int last = w != null ? w.last() : i;
            if (last + 1 >= view.size()) {
                break;
            }
            String next = Reading.lower(view.token(last + 1));
            if (w != null && !w.anaphor() && "tarafından".equals(next)) {
                return w;
            }
            if ("göre".equals(next)) {
                if (w != null && !w.anaphor() && NominalCase.DAT.equals(w.nominalCase())) {
                    return w;
                }
                Token t = view.token(i);
                if (w == null && Reading.isWord(t) && documentNoun(t) && NominalCase.DAT.equals(NominalCase.of(t))) {
                    return document(i);
                }
            }
            if (w != null) {
                i = w.last();
            }
        }
        return null;
    }

    /** A document that is itself the source of what it states: a report, a study, a circular. */
    static boolean documentNoun(Token t) {
        String w = Reading.lower(t);
        return w.startsWith("rapor") || w.startsWith("araştırma") || w.startsWith("genelge")
                || w.startsWith("bilirkişi");
    }

    /** A document speaker, as written. */
    private Who document(int i) {
        Token t = view.token(i);
        return new Who(i, i, new EntityRef(null, t.text()), "GROUP", NominalCase.of(t));
    }

    /** A word for a statement or report: açıklamasında, haberde, mesajında, konuşmasında … */
    static boolean statementNoun(Token t) {
        String w = Reading.lower(t);
        return w.startsWith("açıklama") || w.startsWith("bildiri") || w.startsWith("mektup") || w.startsWith("mesaj") || w.startsWith("haber")
                || w.startsWith("paylaşım") || w.startsWith("konuşma") || w.startsWith("yazı")
                || w.startsWith("röportaj") || w.startsWith("demeç");
    }

    /**
     * The addressee in the frame: a dative person or organisation set off by a comma or standing right before
     * the quotation or the cue ({@code Kocaoğlu'na, "…" dedi}), or anywhere when the cue names its addressee
     * ({@code seslendi}); an audience word in the dative ({@code gazetecilere}) anywhere in the frame.
     */
    EntityRef addressee(int from, int to, int quoteAt, Cue cue, int sentenceEnd, IntPredicate skip) {
        EntityRef best = null;
        List<Who> found = new ArrayList<>(candidates(from, to, skip));
        if (cue != null) {
            found.addAll(candidates(cue.last() + 1, sentenceEnd, skip));
            found.addAll(candidates(Math.max(to, cue.first() - 3), cue.first(), skip));
        }
        for (Who w : found) {
            if (!NominalCase.DAT.equals(w.nominalCase()) || w.anaphor()) {
                continue;
            }
            boolean entity = "PERSON".equals(w.type()) || "ORGANIZATION".equals(w.type());
            int next = w.last() + 1;
            boolean placed = next < view.size() && (",".equals(view.token(next).text())
                    || next == quoteAt || view.token(next).kind() == TokenKind.QUOTE
                    || cue != null && next == cue.first());
            if (entity && (placed || cue != null && cue.addressee()) || "GROUP".equals(w.type()) && placed) {
                best = w.ref();
            }
        }
        if (best != null) {
            return best;
        }
        int lo = Math.max(0, from);
        int hi = Math.min(view.size(), cue == null ? to : Math.max(to, Math.min(sentenceEnd, cue.last() + 3)));
        for (int i = lo; i < hi; i++) {
            Token t = view.token(i);
            if (!skip.test(i) && Reading.isWord(t) && NominalCase.DAT.equals(NominalCase.of(t))
                    && lexicon.audiences.contains(Reading.root(t)) && view.entity(i) == null) {
                return new EntityRef(null, Reading.lower(t));
            }
        }
        return null;
    }

    /** Followed by a comma, {@code de}/{@code da}/{@code ise}, a colon or a quotation mark. */
    boolean setOff(int last) {
        int next = last + 1;
        if (next >= view.size()) {
            return false;
        }
        Token t = view.token(next);
        String w = Reading.lower(t);
        return ",".equals(w) || ":".equals(w) || "de".equals(w) || "da".equals(w) || "ise".equals(w)
                || t.kind() == TokenKind.QUOTE;
    }

    /** The modifier of a compound ({@code Soyer çiftini}) or one side of {@code X ile Y}. */
    private boolean modifier(int last) {
        int next = last + 1;
        if (next >= view.size()) {
            return false;
        }
        Token t = view.token(next);
        return Reading.possessedNoun(t) || "ile".equals(Reading.lower(t)) || view.entity(next) != null;
    }
}
