package dev.kulis.events;

import dev.kulis.model.EntityRef;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import java.util.Map;

/**
 * Who does what an event verb tells: the head a participle describes, the reporter of a complement clause, the speaker
 * of a quote in the first person, and genitives that make a complement's subject the actor rather than the reporter.
 */
final class Actors {
    private Actors() {
    }

    /**
     * The person or organisation a relative participle describes ({@code tepki gösteren Torsella}, {@code bir araya
     * geldiğimiz Yazgan}): the first such mention in the few words after the verb, before any punctuation or verb.
     */
    private static final java.util.Set<String> KIN = java.util.Set.of("oğul", "kız", "eş", "kardeş", "baba", "anne",
            "amca", "dayı", "teyze", "hala", "abla", "ağabey", "torun", "damat", "gelin", "yeğen", "dede", "nine",
            "enişte", "yenge", "kayınbirader", "baldız", "kuzen", "oğlu", "kızı", "eşi", "kardeşi", "damadı", "torunu");

    /** A possessed kinship noun (oğlu, kızı, eşi, kardeşi, damadı) at token k. */
    static boolean kinOf(ArticleIndex ix, int k) {
        if (k >= ix.tokens().size()) {
            return false;
        }
        Token t = ix.tokens().get(k);
        return t.kind() == TokenKind.WORD && !Words.capitalWord(t)
                && (KIN.contains(ix.root(k)) || KIN.contains(dev.kulis.text.TurkishCase.lower(t.text())))
                && (Verbs.possessed(t) || KIN.contains(dev.kulis.text.TurkishCase.lower(t.text())));
    }

    static ArticleIndex.Located participleHead(ArticleIndex ix, Sentence s, int verb) {
        Token v = ix.tokens().get(verb);
        String a = v.morph().analysis();
        if (!a.contains("PART") || a.contains("ACC") || a.contains("DAT") || a.contains("ABL") || a.contains("LOC")
                || a.contains("GEN") || a.contains("INS")) {
            return null;
        }
        // the described noun comes after titles and party adjectives: tepki gösteren CHP Grup Başkanvekili Muharrem İnce
        ArticleIndex.Located org = null;
        for (int k = verb + 1; k < s.lastToken() && k <= verb + 7; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null && m.genitive() && !m.is("PERSON")) {
                // bir araya gelen PKK'nın üst düzey kadrosu: the possessor of the head, not the head (a person in the
                // genitive is the head: görüşen Aydemir'in tepkisi)
                return null;
            }
            if (m != null && Participants.forUnnamedMembers(ix, m)) {
                // eleştiren CHP'li milletvekillerine: the head is the party's unnamed members, not the party
                return null;
            }
            if (m != null && m.genitive() && m.is("PERSON") && kinOf(ix, m.last() + 1)) {
                // ziyaret eden Orgeneral X'in oğlu Y: the participle describes the kin (oğlu Y), not the parent
                ArticleIndex.Located kin = ix.startingAt(m.last() + 2);
                return kin != null && kin.is("PERSON") ? kin : null;
            }
            if (m != null) {
                if (m.is("PERSON")) {
                    return m;
                }
                if (!m.is("ORGANIZATION") || org != null) {
                    return org;
                }
                if (Participants.possessorOrTitle(ix, m)) {
                    // eleştiren AK Parti Ağrı Milletvekili Ekrem Çelebi: the head is the title's holder (named after
                    // the title, or unnamed), never the organisation
                    k = m.last();
                    continue;
                }
                org = m;
                k = m.last();
                continue;
            }
            Token t = ix.tokens().get(k);
            if (t.kind() != TokenKind.WORD || Verbs.isVerb(t) && !"ol".equals(ix.root(k))) {
                return org;
            }
        }
        return org;
    }

    /**
     * The head of a reporting participle right after a complement clause (… görüştüğünü söyleyen Nuland): the person or
     * organisation it describes.
     */
    static ArticleIndex.Located reportingHead(ArticleIndex ix, Sentence s, int verb) {
        for (int k = verb + 1; k < s.lastToken() && k <= verb + 3; k++) {
            Token t = ix.tokens().get(k);
            if (t.kind() != TokenKind.WORD) {
                return null;
            }
            if (Verbs.isVerb(t)) {
                if (!t.morph().analysis().contains("^DB+ADJ+PRESPART")) {
                    return null;
                }
                ArticleIndex.Located h = participleHead(ix, s, k);
                return h != null && (h.is("PERSON") || h.is("ORGANIZATION")) ? h : null;
            }
        }
        return null;
    }

    /**
     * A first-person word in the clause (benimle, bize, arsamla): the speaker is one of the parties. A bare ben or
     * biz is the subject of another verb (Ben bu protestoları … eleştiren bir protesto olarak görüyorum), so it
     * does not count.
     */
    static boolean firstPersonIn(ArticleIndex ix, int from, int verb) {
        for (int k = from; k < verb; k++) {
            Token t = ix.tokens().get(k);
            if ("ben".equals(ix.key(k)) || "biz".equals(ix.key(k))) {
                continue;
            }
            String a = t.morph() == null ? null : t.morph().analysis();
            if (a != null && "Nom".equals(ArticleIndex.grammaticalCase(t)) && !Verbs.isVerb(t)
                    && !a.contains("A1SG") && !a.contains("A1PL")) {
                // Ağabeyim cezaeviyle görüşüyor: "my brother" is someone else, the subject of the verb
                continue;
            }
            if (a != null && (a.contains("A1SG") || a.contains("A1PL") || a.contains("P1SG") || a.contains("P1PL"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker of a direct quote takes part in what the quote tells unless its verb is about someone else: a
     * participle describing a noun (… ile en son görüşen kişi) or a finite verb in the third person (27 ülke bir araya
     * gelmişlerdir).
     */
    static boolean speakerTakesPart(Token v) {
        String a = v.morph().analysis();
        if (a.contains("^DB+ADJ+")) {
            return false;
        }
        boolean first = a.contains("A1SG") || a.contains("A1PL") || a.contains("P1SG") || a.contains("P1PL");
        return first || !Verbs.finite(v) || a.contains("NECES");
    }

    /**
     * A genitive of the clause (a name or a common noun, no title) not followed by a possessed word: the subject of a
     * complement clause whose pairing the words after it hid (Obama'nın ayrıca … çalışmaları bağlamında … ziyaret
     * edeceğini), so the reporter before it is not the actor.
     */
    static boolean unnamedGenitive(ArticleIndex ix, int from, int verb, boolean[] titled,
                                           Map<Integer, Integer> pairs) {
        for (int k = from; k < verb - 1; k++) {
            Token t = ix.tokens().get(k);
            ArticleIndex.Located m = ix.endingAt(k);
            boolean name = m != null && m.genitive();
            // a name ending here in the genitive, or a common noun in the genitive (no part of a name)
            if (titled[k] || !name && (ix.inMention(k) || !"Gen".equals(ArticleIndex.grammaticalCase(t))
                    || Words.capitalWord(t) || t.morph() == null || !"NOUN".equals(t.morph().pos()))) {
                continue;
            }
            Integer to = pairs.get(k);
            for (int j = k + 1; to != null && j < to; j++) {
                if (Verbs.isVerb(ix.tokens().get(j)) && !ix.inMention(j)) {
                    // Akat'ın İmralı'ya giderek … Önderi … ile görüştüklerini: a pairing across a verb form is false
                    return true;
                }
            }
            Token next = ix.tokens().get(k + 1);
            if ("kendi".equals(ix.root(k + 1))) {
                // başka ülkelerin kendilerine destek vermediklerini: the genitive is the subject, kendi its reflexive
                return true;
            }
            // AK Parti'nin İzmir … adayı: a genitive before a capitalised name or title owns it
            if (!Verbs.possessed(next) && next.kind() == TokenKind.WORD && !Words.capitalWord(next)
                    && !"Gen".equals(ArticleIndex.grammaticalCase(next))) {
                return true;
            }
        }
        return false;
    }

    /** The first token in {@code [from, to)} where a mention of the entity starts, or -1. */
    static int firstMention(ArticleIndex ix, int from, int to, EntityRef r) {
        for (int k = from; k < to; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null && m.entity().id().equals(r.entity())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A nominative common noun with a first-person possessive before a third-person verb (Başbakanımız, 10. defa
     * ilimizi ziyaret etmiş olacak): someone close to the speaker acts, not the speaker.
     */
    static boolean thirdPartySubject(ArticleIndex ix, int from, int verb, Token governor, Token personVerb) {
        if (Evidence.firstPerson(governor.morph().analysis()) || Evidence.firstPerson(personVerb.morph().analysis())) {
            return false;
        }
        for (int k = from; k < verb; k++) {
            Token t = ix.tokens().get(k);
            String a = t.morph() == null ? null : t.morph().analysis();
            if (a != null && !Verbs.isVerb(t) && "Nom".equals(ArticleIndex.grammaticalCase(t))
                    && (a.contains("P1SG") || a.contains("P1PL")) && !ix.inMention(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A genitive name or noun in the complement clause other than its reporter, the subject of a verb form of its own
     * (Genel Başkanın programı müsait olmadığı için muhaliflerle görüşemediğini anlatan Loğoğlu): the clause is about a
     * third party, so whether the reporter did it is unknown.
     */
    /**
     * A verb form heading an adverbial clause: a converb, a verbal noun in the locative or ablative (olduğunda,
     * olmadığından), or one followed by a postposition (olmadığı için); a relative participle before its noun (… olduğu
     * bir aile ortamında) is not one.
     */
    private static boolean adverbial(ArticleIndex ix, int j) {
        Token t = ix.tokens().get(j);
        String c = ArticleIndex.grammaticalCase(t);
        String next = j + 1 < ix.tokens().size() ? ix.key(j + 1) : "";
        return Verbs.converb(t) || "Loc".equals(c) || "Abl".equals(c) || POSTPOSITIONS.contains(next);
    }

    private static final java.util.Set<String> POSTPOSITIONS = java.util.Set.of("için", "diye", "zaman", "sonra",
            "önce", "rağmen", "halde", "kadar", "üzere", "sırada", "takdirde");

    static boolean otherGenitive(ArticleIndex ix, int from, int verb, ArticleIndex.Located reporter) {
        for (int k = from; k < verb; k++) {
            ArticleIndex.Located m = ix.endingAt(k);
            Token t = ix.tokens().get(k);
            boolean genitive = m != null ? m.genitive() : "Gen".equals(ArticleIndex.grammaticalCase(t)) && !Verbs.isVerb(t);
            if (genitive && (m == null || !m.entity().id().equals(reporter.entity().id()))) {
                // the genitive is the subject of a verb form of its own before the event verb (… olmadığı için);
                // a possessor of a partner (Konseyi'nin yöneticileriyle görüşeceklerini) is not
                for (int j = k + 1; j < verb; j++) {
                    if (Verbs.isVerb(ix.tokens().get(j)) && !ix.inMention(j) && adverbial(ix, j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
