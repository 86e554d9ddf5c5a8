package dev.kulis.events;

import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Article;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Event;
import dev.kulis.model.Quote;
import dev.kulis.model.Sentence;
import dev.kulis.model.TimeExpression;
import dev.kulis.model.Token;
import dev.kulis.pipeline.Annotator;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.roles.RoleAnnotator;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final Set<String> PLACE_NOUNS = words("place-nouns.txt");
    private static final Set<String> CONJUNCTIONS = Set.of("ve", "ama", "fakat", "ancak", "ayrıca", "sonra");
    private static final Set<String> BY_MEANS = words("by-means-nouns.txt");
    private static final Set<String> CALL_VERBS = Set.of("çağır", "davet", "iste");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "'", "‘", "’");
    private static final Set<String> PLAN_VERBS = Set.of("planla", "hazırlan", "öngör", "niyetlen");

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
        List<Token> toks = ix.tokens();
        List<Event> out = new ArrayList<>();
        boolean[] titled = Genitives.titleWords(ix);
        for (Sentence s : article.sentences()) {
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                PhraseMatcher.Phrase p = PhraseMatcher.match(ix, i, s.lastToken());
                if (p != null) {
                    int verb = i + p.roots().length - 1;
                    Event e = event(ix, s, p.type(), i, verb, titled);
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
        return article.withEvents(dedupe(Elections.consistentYears(out)));
    }

    /** A finite verb followed by punctuation or a conjunction ends the clause before an event verb. */
    private static boolean clauseEnd(ArticleIndex ix, int k, int end) {
        List<Token> toks = ix.tokens();
        if (ix.inMention(k) || !Verbs.finite(toks.get(k))) {
            return false;
        }
        if (k + 1 >= end) {
            return true;
        }
        Token next = toks.get(k + 1);
        return next.kind() != dev.kulis.model.TokenKind.WORD || CONJUNCTIONS.contains(ix.key(k + 1));
    }

    private Event event(ArticleIndex ix, Sentence s, String type, int first, int verb, boolean[] titled) {
        List<Token> toks = ix.tokens();
        Token v = toks.get(verb);
        String modality = modality(v);
        boolean dativeNoun = ArticleIndex.hasTag(v, "NEG") && ArticleIndex.hasTag(v, "OPT") && verb + 1 < s.lastToken()
                && toks.get(verb + 1).kind() == dev.kulis.model.TokenKind.WORD;
        Token governor = v;
        int governorAt = verb;
        Token personVerb = v;
        if (dativeNoun) {
            // vermeye devam ediyor, kutlamaya hazırlanıyor: a verbal noun in the dative, not a negative wish
            int next = verb + 1 < s.lastToken() - 1 && !Verbs.isVerb(toks.get(verb + 1)) ? verb + 2 : verb + 1;
            modality = Verbs.isVerb(toks.get(next)) ? modality(toks.get(next)) : "past";
            governorAt = Verbs.isVerb(toks.get(next)) ? next : verb;
            governor = toks.get(governorAt);
        } else if (Verbs.converb(v)) {
            // görüşüp … ortaya koyacak: a converb has the tense of the verb it leads to; gelip … değerlendiriyorsa: none
            int k = Verbs.nextLed(ix, verb + 1, s.lastToken());
            for (int j = verb + 1; k >= 0 && j < k; j++) {
                if (QUOTE_MARKS.contains(toks.get(j).text())) {
                    // tepki göstererek, "… evinde kal" mesajı verdi: a verb inside a quote leads nothing outside it
                    k = -1;
                }
            }
            if (k >= 0 && (ArticleIndex.hasTag(toks.get(k), "COND")
                    || Evidence.unasserted(ix, s.firstToken(), verb + 1, k, k, s.lastToken()) != null)) {
                // gelip … değerlendiriyorsa, görüşerek karar verebilir: the chain asserts nothing
                return null;
            }
            String led = k >= 0 ? modality(toks.get(k)) : null;
            personVerb = k >= 0 ? toks.get(k) : v;
            if (!"negated".equals(modality) && ("future".equals(led) || "planned".equals(led))) {
                // only what is yet to come carries over: görüşerek anlaşamadı still met
                modality = led;
            }
        }
        if (Verbs.genericParticiple(ix, verb, s.lastToken())) {
            // eleştirenlerin gözünü korkutmak, eleştiren de var: whoever does it, no one in particular
            return null;
        }
        if ("past".equals(modality) && verb + 1 < s.lastToken() && PLAN_VERBS.contains(ix.root(verb + 1))) {
            modality = "planned";
        }
        if ("support_pledge".equals(type) && (ArticleIndex.hasTag(governor, "IMP")
                || governorAt != verb && CALL_VERBS.contains(ix.root(governorAt)))) {
            // destek verin, destek vermeye çağırdı: support asked of others, pledged by no one
            return null;
        }
        if ("support_pledge".equals(type) && "past".equals(modality) && ArticleIndex.hasTag(v, "AOR")
                && Verbs.finite(v)) {
            // destek olurum, destek veririz: a willingness or a promise, not something done
            modality = "planned";
        }
        if ("invitation".equals(type) && ("future".equals(modality) || "planned".equals(modality))) {
            type = "planned_invitation";
        }
        int from = first;
        Quote own = quoteAround(ix.article(), v.start());
        while (from - 1 >= s.firstToken() && (!clauseEnd(ix, from - 1, s.lastToken())
                || quotedElsewhere(ix.article(), toks.get(from - 1).start(), own))) {
            // Güner, "… eşit olamaz" diyen Güler'e tepki gösterdi: the quoted verb ends no clause of Güner's
            from--;
        }
        if (v.morph().analysis().contains("^DB+ADJ+PRESPART")) {
            // a subject relative clause starts after the matrix subject's comma: Nuland, …, büyükelçiliği ziyaret eden gazeteci
            for (int k = first - 1; k > from; k--) {
                if (",".equals(toks.get(k).text())) {
                    from = k + 1;
                    break;
                }
            }
        }
        if (Evidence.unasserted(ix, s.firstToken(), from, first, verb, s.lastToken()) != null
                || governorAt != verb && Evidence.unasserted(ix, s.firstToken(), from, governorAt, governorAt, s.lastToken()) != null) {
            // the evidence gate: a supposed, asked, alleged, habitual or addressed clause tells no event
            return null;
        }
        if ("criticism".equals(type) && "tepki".equals(ix.root(first)) && !targeted(ix, from, first)) {
            // gülümseyerek tepki gösterdi: a reaction aimed at nothing is no criticism
            return null;
        }
        Article a = ix.article();
        Quote q = quoteAround(a, v.start());
        while (q != null && from < first && toks.get(from).start() < q.start()) {
            // a verb inside a quote has its clause inside the quote: … ifade ederek, "Buna destek vermeye gelen …"
            from++;
        }
        List<EntityRef> participants = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Integer, Integer> pairs = Genitives.pairs(ix, from, verb, titled);
        boolean actor = false;
        if (q != null && q.speaker() != null && q.speaker().entity() != null
                && (speakerTakesPart(governor) || firstPersonIn(ix, from, verb))) {
            participants.add(q.speaker());
            ids.add(q.speaker().entity());
            // kutluyorum, görüşerek … karar vereceğiz: the speaker is the actor of a first-person verb
            actor = Evidence.firstPerson(governor.morph().analysis()) || Evidence.firstPerson(personVerb.morph().analysis())
                    || firstPersonIn(ix, from, verb) || ArticleIndex.hasTag(governor, "NECES");
        }
        boolean[] bracketed = bracketed(ix, s);
        Set<String> nominativeIds = new HashSet<>();
        String place = null;
        for (int k = from; k < first; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m == null) {
                Token t = toks.get(k);
                if (place == null && "Loc".equals(ArticleIndex.grammaticalCase(t))
                        && PLACE_NOUNS.contains(ix.root(k))) {
                    place = t.text();
                }
                continue;
            }
            int placeEnd = placeNameEnd(ix, m, first);
            if (placeEnd >= 0) {
                // the first word of a place's name is no participant: Başbakanlık Merkez Bina'da
                if (place == null) {
                    place = a.text().substring(toks.get(k).start(), toks.get(placeEnd).end());
                }
                k = placeEnd;
                continue;
            }
            boolean locative = "Loc".equals(m.mention().grammaticalCase()) && (m.is("LOCATION") || m.is("ORGANIZATION"));
            if (m.is("LOCATION") || locative) {
                // a locative organisation is where it happened (Kampüsü'nde, Genel Merkezi'nde), not who took part
                if (locative && (place == null || m.is("LOCATION"))) {
                    place = m.entity().name();
                }
            } else if (bracketed[k - s.firstToken()] || byOrOf(ix, m, first) || splitSuffix(ix, m)
                    || Genitives.otherVerbsSubject(ix, m, pairs, verb) || adjective(m)
                    || possessor(ix, m, pairs, verb) && !ownerOfTarget(ix, type, m, pairs, first)
                    || nameModifier(ix, m, first) || embedded(ix, m, first)) {
                // (AA - DHA): a credit or an abbreviation in brackets; Ziya'nın kardeşleriyle: a possessor;
                // AB Zirvesi için: a name inside another name
                // Erdoğan tarafından kabul edilen Ballmer: the agent of another verb; Esad rejiminin: a possessor;
                // Chavez'in … ilan ettiği Maduro: the subject of a relative clause
            } else if (m.is("PERSON") || m.is("ORGANIZATION") && !possessorOrTitle(ix, m)
                    && !(moving(type) && ("Dat".equals(m.mention().grammaticalCase()) || "Abl".equals(m.mention().grammaticalCase())))) {
                // an organisation one goes to or comes from (Hastanesi'ne gelerek, CHP'den istifa eden) takes no part
                if (ids.add(m.entity().id())) {
                    participants.add(m.ref());
                }
                // Derya Sönmez ile görüştüğünü açıklayan Aydemir: a partner with ile is no actor by itself
                boolean subjectLike = nominative(ix, m) && !comitative(ix, m, first);
                actor |= subjectLike;
                if (subjectLike) {
                    nominativeIds.add(m.entity().id());
                }
            }
            k = m.last();
        }
        Integer top = pairs.entrySet().stream().filter(e -> e.getValue() == verb).map(Map.Entry::getKey).findFirst()
                .orElse(null);
        ArticleIndex.Located subject = top == null ? null : ix.endingAt(top);
        if (top != null && subject == null) {
            // a subject the entity layer does not name (İktidarın İzmir'e destek vermediğini): still not the reporter's
            int clause = from;
            int subjectAt = top;
            participants.removeIf(r -> firstMention(ix, clause, subjectAt, r) >= 0);
        }
        subject = subject != null && (subject.is("PERSON") || subject.is("ORGANIZATION")) ? subject : null;
        if (subject != null) {
            // X, Y'nin Z'yi eleştirdiğini belirtti: Y criticised; X only reports it
            int clause = from;
            ArticleIndex.Located subj = subject;
            participants.removeIf(r -> firstMention(ix, clause, subj.first(), r) >= 0);
            if (participants.stream().noneMatch(r -> subj.entity().id().equals(r.entity()))) {
                participants.add(0, subj.ref());
            }
        }
        if (top != null) {
            // a clause with its own genitive subject has that subject as its actor, named or not
            actor = subject != null;
        }
        if (top == null && actor && Evidence.complement(v) && unnamedGenitive(ix, from, verb, titled, pairs)) {
            // Vali, turistlerin en çok Sümela Manastırı'nı ziyaret ettiğini söyledi: the tourists visited, not the
            // governor; a genitive common noun standing apart from any possessed word is the complement's subject
            actor = false;
        }
        ArticleIndex.Located head = participleHead(ix, s, verb);
        if (head != null && ids.add(head.entity().id())) {
            participants.add(head.ref());
        }
        if (v.morph().analysis().contains("^DB+ADJ+PRESPART")) {
            // tepki gösteren Torsella: the actor of a subject participle is the name it describes, or there is none;
            // a name in the nominative before it belongs to the main clause (Demirtaş, Öcalan'ı ziyaret eden kardeşi …)
            actor = head != null;
            String headId = head == null ? null : head.entity().id();
            participants.removeIf(r -> nominativeIds.contains(r.entity()) && !r.entity().equals(headId));
        } else if (top == null && !actor && Evidence.complement(v)) {
            // Kerry ile görüştüğünü söyleyen Nuland: the reporting participle's head is the actor of its complement
            ArticleIndex.Located reporter = reportingHead(ix, s, verb);
            if (reporter != null) {
                actor = true;
                if (ids.add(reporter.entity().id())) {
                    participants.add(0, reporter.ref());
                }
            }
        }
        if (!actor) {
            // no named person or organisation does it: generic, metaphorical or unknown actors tell nothing checkable
            return null;
        }
        if ("meeting".equals(type) && !partnered(ix, from, verb, participants)) {
            // bir araya geldik, hastalar bir araya geldi: a gathering with no second party is no meeting
            return null;
        }
        if ("visit".equals(type) && participants.isEmpty()) {
            // a visit with no person or organisation named (a comet ziyaret eden Dünya'yı) tells nothing checkable
            return null;
        }
        int start = toks.get(from).start();
        int end = v.end();
        return new Event(type, start, end, a.text().substring(start, end), participants, place, time(ix, s, v.start()),
                modality);
    }

    /**
     * A meeting has two sides: a partner with ile or the comitative (… ile görüştü, yetkilileriyle), two named
     * parties, or two names in the clause (Mısır, Türkiye ve İran bir araya geldik).
     */
    private static boolean partnered(ArticleIndex ix, int from, int verb, List<EntityRef> participants) {
        if (participants.size() >= 2) {
            return true;
        }
        String va = ix.tokens().get(verb).morph().analysis();
        if (va.contains("^DB+ADJ+PASTPART") || va.contains("^DB+ADJ+FUTPART")) {
            // görüştüğü kişiler: an object relative clause; the people it describes are the other side
            return true;
        }
        int names = 0;
        for (int k = from; k < verb; k++) {
            Token t = ix.tokens().get(k);
            boolean range = k > 0 && ix.tokens().get(k - 1).kind() == dev.kulis.model.TokenKind.NUMBER;
            if ("ile".equals(ix.key(k)) && !range || "Ins".equals(ArticleIndex.grammaticalCase(t))
                    || ix.key(k).startsWith("birbir") || "karşılıklı".equals(ix.key(k))) {
                return true;
            }
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null) {
                // a place where people gather is no party: 100 kadın Atatürk Alanı'nda bir araya geldi
                // BDP'den 3 milletvekili … oluşan heyet: names in another case than the nominative are no parties
                names += nominative(ix, m) && !m.genitive() ? 1 : 0;
                k = m.last();
            }
        }
        return names >= 2;
    }

    /** A mention in the nominative: no case suffix by the reading nor after the apostrophe (Uzungöl'ü is accusative). */
    static boolean nominative(ArticleIndex ix, ArticleIndex.Located m) {
        String text = m.mention().text();
        if (text.indexOf('\'') > 0 || text.indexOf('’') > 0) {
            return !caseAfterApostrophe(text);
        }
        // Obama read as oba+P1SG+DAT: a name without an apostrophe takes no case suffix but by a misreading
        Token last = ix.tokens().get(m.last());
        String a = last.morph() == null || last.morph().analysis() == null ? "" : last.morph().analysis();
        String c = m.mention().grammaticalCase();
        return c == null || "Nom".equals(c) || a.contains("P1SG") || a.contains("P2SG") || a.contains("P1PL")
                || a.contains("P2PL") || a.contains("+PROP");
    }

    /** A suffix after the apostrophe other than the plural: a case, a possessive, -li or -ki (Sönmez'in, CHP'lileri). */
    private static boolean caseAfterApostrophe(String text) {
        int ap = Math.max(text.lastIndexOf('\''), text.lastIndexOf('’'));
        String suf = TurkishCase.lower(text.substring(ap + 1));
        return !(suf.isEmpty() || "ler".equals(suf) || "lar".equals(suf));
    }

    /** Tokens of the sentence inside round brackets: abbreviations and agency credits ((AA), (DHA)). */
    private static boolean[] bracketed(ArticleIndex ix, Sentence s) {
        boolean[] in = new boolean[Math.max(0, s.lastToken() - s.firstToken())];
        int depth = 0;
        for (int k = s.firstToken(); k < s.lastToken(); k++) {
            String t = ix.tokens().get(k).text();
            if ("(".equals(t)) {
                depth++;
            } else if (")".equals(t)) {
                depth = Math.max(0, depth - 1);
            }
            in[k - s.firstToken()] = depth > 0;
        }
        return in;
    }

    /**
     * A genitive of the clause (a name or a common noun, no title) not followed by a possessed word: the subject of a
     * complement clause whose pairing the words after it hid (Obama'nın ayrıca … çalışmaları bağlamında … ziyaret
     * edeceğini), so the reporter before it is not the actor.
     */
    private static boolean unnamedGenitive(ArticleIndex ix, int from, int verb, boolean[] titled,
                                           Map<Integer, Integer> pairs) {
        for (int k = from; k < verb - 1; k++) {
            Token t = ix.tokens().get(k);
            ArticleIndex.Located m = ix.endingAt(k);
            boolean name = m != null && m.genitive();
            // a name ending here in the genitive, or a common noun in the genitive (no part of a name)
            if (titled[k] || !name && (ix.inMention(k) || !"Gen".equals(ArticleIndex.grammaticalCase(t))
                    || capitalWord(t) || t.morph() == null || !"NOUN".equals(t.morph().pos()))) {
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
            // AK Parti'nin İzmir … adayı: a genitive before a capitalised name or title owns it
            if (!Verbs.possessed(next) && next.kind() == dev.kulis.model.TokenKind.WORD && !capitalWord(next)
                    && !"Gen".equals(ArticleIndex.grammaticalCase(next))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name that is one of the partners of ile or the comitative: followed by ile (or a word with -(y)lA) before any
     * comma or verb, alone or in a list (Erdoğan ve Enerji Bakanı Yıldız ile görüşen Voser).
     */
    private static boolean comitative(ArticleIndex ix, ArticleIndex.Located m, int first) {
        for (int k = m.last() + 1; k < first && k <= m.last() + 7; k++) {
            Token t = ix.tokens().get(k);
            if ("ile".equals(ix.key(k)) || "Ins".equals(ArticleIndex.grammaticalCase(t)) && !Verbs.isVerb(t)) {
                return true;
            }
            if (t.kind() != dev.kulis.model.TokenKind.WORD || Verbs.isVerb(t) && !ix.inMention(k)) {
                return false;
            }
        }
        return false;
    }

    /** A name whose case suffix the text set apart (AK Parti 'nin): a case-marked name, no actor and no party. */
    private static boolean splitSuffix(ArticleIndex ix, ArticleIndex.Located m) {
        int next = m.last() + 1;
        if (next >= ix.tokens().size()) {
            return false;
        }
        String t = ix.tokens().get(next).text();
        return t.length() > 1 && (t.charAt(0) == '\'' || t.charAt(0) == '’') && Character.isLetter(t.charAt(1));
    }

    /** A genitive mention paired with a possessed word that is not the verb: it names an owner (Ziya'nın kardeşleriyle). */
    private static boolean possessor(ArticleIndex ix, ArticleIndex.Located m, Map<Integer, Integer> pairs, int verb) {
        Integer to = pairs.get(m.last());
        if (m.genitive()) {
            // a genitive left without a pair is the subject of a complement or participle, never of a finite verb
            return to != null ? to != verb : Verbs.finite(ix.tokens().get(verb)) || Verbs.converb(ix.tokens().get(verb));
        }
        // Seyyid Taha ve Seyyid Abdullah'ın türbeleri: a name joined to a possessor by ve or a hyphen
        int k = m.last() + 1;
        // (not a comma: Obama, Kongre'nin liderleriyle … is a subject before another clause's genitive)
        while (k < verb && ("-".equals(ix.tokens().get(k).text()) || "ve".equals(ix.key(k)))) {
            k++;
        }
        ArticleIndex.Located n = k < verb ? ix.startingAt(k) : null;
        return n != null && n.first() > m.last() && possessor(ix, n, pairs, verb);
    }

    /**
     * The owner of what is criticised, supported or congratulated is its target (Sönmez'in kararını eleştirdi); the
     * owner of a place visited or a partner met is not (Taha'nın türbesini ziyaret etti, Ziya'nın kardeşleriyle).
     */
    private static boolean ownerOfTarget(ArticleIndex ix, String type, ArticleIndex.Located m, Map<Integer, Integer> pairs,
                                         int first) {
        if (!("criticism".equals(type) || "support_pledge".equals(type) || "congratulation".equals(type))) {
            return false;
        }
        Integer to = pairs.get(m.last());
        if (to == null || to >= first) {
            return false;
        }
        String c = ArticleIndex.grammaticalCase(ix.tokens().get(to));
        return to == first - 1 && ("Acc".equals(c) || "Dat".equals(c) || Verbs.possessed(ix.tokens().get(to)));
    }

    /**
     * A mention in another clause than the event verb's: an argument in a case other than the nominative before a
     * verb form of its own (Saadet'i … gördüklerini anlatan, AB'ye taviz vermekle), or a name right before a
     * relative participle (avukatı Rumi Mercan bulunan Akaydın), or one of a list of examples (Sokrates ve Nietzsche
     * gibi yazarların).
     */
    private static boolean embedded(ArticleIndex ix, ArticleIndex.Located m, int first) {
        List<Token> toks = ix.tokens();
        int k = m.last() + 1;
        while (k < first && (",".equals(toks.get(k).text()) || "ve".equals(ix.key(k)) || ix.inMention(k))) {
            k++;
        }
        if (k < first && "gibi".equals(ix.key(k))) {
            return true;
        }
        boolean nom = nominative(ix, m);
        int next = m.last() + 1;
        if (nom) {
            return next < first && Verbs.isVerb(toks.get(next)) && toks.get(next).morph().analysis().contains("^DB+ADJ+");
        }
        for (int j = next; j < first; j++) {
            Token t = toks.get(j);
            if (t.kind() == dev.kulis.model.TokenKind.PUNCT && !"'".equals(t.text()) && !"’".equals(t.text())) {
                return false;
            }
            if (!ix.inMention(j) && Verbs.isVerb(t)) {
                String va = t.morph().analysis();
                if (va.contains("+INF+A3SG+PNON+NOM") && j + 1 < first) {
                    // yemek yemeye: a verbal noun used as a noun object, not a clause of its own
                    continue;
                }
                boolean dativeNoun = va.contains("INF") && va.contains("DAT")
                        || ArticleIndex.hasTag(t, "NEG") && ArticleIndex.hasTag(t, "OPT");
                // Zeybekci'yi yemek yemeye davet edecek: a dative verbal noun right before the verb is its complement;
                // Müzesi'ni ziyaret edecek olan Erdoğan: a tense with olan is a participle
                boolean withOl = j + 1 < first && "ol".equals(ix.root(j + 1)) && Verbs.isVerb(toks.get(j + 1))
                        && !Verbs.finite(toks.get(j + 1));
                return (!Verbs.finite(t) || withOl) && !(dativeNoun && j == first - 1);
            }
        }
        return false;
    }

    /**
     * An organisation followed by a capitalised possessed word that no mention covers names part of a longer name
     * (AB Zirvesi için, NATO Karargahı'nda): a modifier, no party.
     */
    private static boolean nameModifier(ArticleIndex ix, ArticleIndex.Located m, int first) {
        int next = m.last() + 1;
        if (!m.is("ORGANIZATION") || next >= first || ix.startingAt(next) != null || ix.inMention(next)) {
            return false;
        }
        Token t = ix.tokens().get(next);
        return capitalWord(t) && Verbs.possessed(t) && !Verbs.isVerb(t) && !RoleAnnotator.isTitleHead(t);
    }

    /** A reaction has a target: a dative word (açıklamaya, Uysal'a) or karşı, yönelik, üzerine in its clause. */
    private static boolean targeted(ArticleIndex ix, int from, int first) {
        for (int k = first - 1; k > from; k--) {
            // gülümseyerek veya başını sallayarak tepki gösterdi: the target stands after any converb before the verb
            if (Verbs.converb(ix.tokens().get(k)) && !ix.inMention(k)) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < first; k++) {
            Token t = ix.tokens().get(k);
            String w = ix.key(k);
            if ("Dat".equals(ArticleIndex.grammaticalCase(t)) || "karşı".equals(w) || "yönelik".equals(w)
                    || "üzerine".equals(w) || w.matches(".*['’](y?[ae]|n[ae])$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of a reporting participle right after a complement clause (… görüştüğünü söyleyen Nuland): the person or
     * organisation it describes.
     */
    private static ArticleIndex.Located reportingHead(ArticleIndex ix, Sentence s, int verb) {
        for (int k = verb + 1; k < s.lastToken() && k <= verb + 3; k++) {
            Token t = ix.tokens().get(k);
            if (t.kind() != dev.kulis.model.TokenKind.WORD) {
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
    private static boolean firstPersonIn(ArticleIndex ix, int from, int verb) {
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
    private static boolean speakerTakesPart(Token v) {
        String a = v.morph().analysis();
        if (a.contains("^DB+ADJ+")) {
            return false;
        }
        boolean first = a.contains("A1SG") || a.contains("A1PL") || a.contains("P1SG") || a.contains("P1PL");
        return first || !Verbs.finite(v) || a.contains("NECES");
    }

    private static final java.util.regex.Pattern ADJECTIVE_SUFFIX =
            java.util.regex.Pattern.compile("['’](l[ıiuü]|n?[dt][ae]ki|ki)$");

    /** A name made an adjective (PKK'lı Cansız, CHP'li Gökhan, ODTÜ'deki olaylar) describes someone; it takes no part. */
    private static boolean adjective(ArticleIndex.Located m) {
        return ADJECTIVE_SUFFIX.matcher(TurkishCase.lower(m.mention().text())).find();
    }

    /** The first token in {@code [from, to)} where a mention of the entity starts, or -1. */
    private static int firstMention(ArticleIndex ix, int from, int to, EntityRef r) {
        for (int k = from; k < to; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null && m.entity().id().equals(r.entity())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A mention followed by {@code tarafından} (the agent of a passive participle), or a person naming the owner of a
     * genitive noun phrase ({@code Esad rejiminin destekçileri}).
     */
    private static boolean byOrOf(ArticleIndex ix, ArticleIndex.Located m, int verb) {
        int next = m.last() + 1;
        if (next >= verb) {
            return false;
        }
        for (int k = next; k < verb && k <= next + 3; k++) {
            // X ve partililer tarafından karşılanan: every agent of the passive, not only the last
            if ("tarafından".equals(ix.key(k))) {
                return true;
            }
            Token t = ix.tokens().get(k);
            if ("(".equals(t.text())) {
                // Federasyonu (NRF) tarafından: the abbreviation is part of the name
                while (k < verb && !")".equals(ix.tokens().get(k).text())) {
                    k++;
                }
                next = Math.min(k, verb - 1);
                continue;
            }
            if (t.kind() != dev.kulis.model.TokenKind.WORD && !",".equals(t.text())) {
                break;
            }
        }
        if (BY_MEANS.contains(ix.root(next))) {
            // Dernek işbirliğiyle düzenlenen, Bakanlığın desteğiyle: who made it possible, not who took part
            return true;
        }
        Token t = ix.tokens().get(next);
        String w = t.text();
        // a name modifying a common noun names its owner, not an actor: Esad rejiminin, Beşiktaş forması, Schalke maçında
        boolean noun = !Verbs.isVerb(t) || t.morph().analysis().matches("[^+]*\\+NOUN\\+[^^]*\\+P3(SG|PL)\\+NOM\\^DB\\+VERB\\+ZERO.*");
        // Sosyalist Parti lideriyken: a possessed noun made a verb by the copula still names the name's owner
        boolean lower = !w.isEmpty() && (Character.isLowerCase(w.charAt(0))
                || TurkishCase.isAllCaps(w) && TurkishCase.isAllCaps(m.mention().text()));
        if (lower && noun && possessive(t) && !m.genitive() && !"Gen".equals(ArticleIndex.grammaticalCase(t))) {
            // Erdoğan hükümeti, Esad rejimini, Kuran kursumuza, DERNEĞİ ÜYESİ: a name before a possessed noun (not
            // in the locative, ablative or instrumental: Bahçeli konuşmasında) modifies it
            String c = ArticleIndex.grammaticalCase(t);
            if (!("Loc".equals(c) || "Abl".equals(c) || "Ins".equals(c))) {
                return true;
            }
        }
        return lower && Verbs.possessed(t) && noun
                && (m.is("ORGANIZATION") || "Gen".equals(ArticleIndex.grammaticalCase(t)));
    }

    private static boolean possessive(Token t) {
        String a = t.morph() == null ? null : t.morph().analysis();
        return a != null && !Verbs.isVerb(t) && (a.contains("+P3SG") || a.contains("+P3PL") || a.contains("+P1SG")
                || a.contains("+P1PL"));
    }

    private static boolean moving(String type) {
        return "meeting".equals(type) || "visit".equals(type) || "congratulation".equals(type);
    }

    /**
     * The person or organisation a relative participle describes ({@code tepki gösteren Torsella}, {@code bir araya
     * geldiğimiz Yazgan}): the first such mention in the few words after the verb, before any punctuation or verb.
     */
    private static ArticleIndex.Located participleHead(ArticleIndex ix, Sentence s, int verb) {
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
            if (m != null) {
                if (m.is("PERSON")) {
                    return m;
                }
                if (!m.is("ORGANIZATION") || org != null) {
                    return org;
                }
                if (possessorOrTitle(ix, m)) {
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
            if (t.kind() != dev.kulis.model.TokenKind.WORD || Verbs.isVerb(t) && !"ol".equals(ix.root(k))) {
                return org;
            }
        }
        return org;
    }

    /** Modality from the verb's analysis: negation, future (also the future participle), wishes and necessity. */
    static String modality(Token v) {
        if (ArticleIndex.hasTag(v, "NEG")) {
            return "negated";
        }
        if (ArticleIndex.hasTag(v, "FUT") || ArticleIndex.hasTag(v, "FUTPART")) {
            return "future";
        }
        if (ArticleIndex.hasTag(v, "NEC") || ArticleIndex.hasTag(v, "NECES") || ArticleIndex.hasTag(v, "OPT") || ArticleIndex.hasTag(v, "DESR")
                || ArticleIndex.hasTag(v, "IMP")) {
            return "planned";
        }
        return "past";
    }

    /** An organisation in the genitive (a possessor: CHP'nin adayı) or inside a title (İzmir Valisi) is no participant. */
    private static boolean possessorOrTitle(ArticleIndex ix, ArticleIndex.Located m) {
        if ("Gen".equals(m.mention().grammaticalCase())) {
            return true;
        }
        // the title may follow after an abbreviation in brackets and place names: (AK Parti) Adıyaman Milletvekili
        List<Token> toks = ix.tokens();
        for (int k = m.last() + 1; k < toks.size() && k <= m.last() + 6; k++) {
            Token t = toks.get(k);
            if (RoleAnnotator.isTitleHead(t)) {
                return true;
            }
            ArticleIndex.Located n = ix.startingAt(k);
            if (n != null && (n.is("LOCATION") || "(".equals(toks.get(k - 1).text()))) {
                k = n.last();
            } else if (!("(".equals(t.text()) || ")".equals(t.text()) || n == null && capitalWord(t))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The last token of a place's name that starts with an organisation mention (Başbakanlık Merkez Bina'da): up to
     * three words that no mention covers, capitalised but the last, which is in the locative; -1 when there is none.
     */
    private static int placeNameEnd(ArticleIndex ix, ArticleIndex.Located m, int first) {
        if (m.is("PERSON")) {
            return namedAfter(ix, m, first);
        }
        if (!m.is("ORGANIZATION") || "Loc".equals(m.mention().grammaticalCase())) {
            return -1;
        }
        List<Token> toks = ix.tokens();
        int after = m.last() + 1;
        if (after < first && "(".equals(toks.get(after).text())) {
            // Bursa Esnaf Odaları Birliği (BESOB) Hizmet Binası'nda: past the abbreviation
            while (after < first && !")".equals(toks.get(after).text())) {
                after++;
            }
            after++;
        }
        for (int k = after; k < first && k <= after + 2; k++) {
            Token t = toks.get(k);
            if (t.kind() != dev.kulis.model.TokenKind.WORD || ix.startingAt(k) != null || ix.inMention(k)) {
                return -1;
            }
            boolean locative = "Loc".equals(ArticleIndex.grammaticalCase(t)) || locativeSuffix(t.text());
            if (locative && (capitalWord(t) || Verbs.possessed(t))) {
                // Harran Üniversitesi Osmanbey yerleşkesinde: a possessed place noun closes the name too
                return k;
            }
            if (!capitalWord(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An institution named after a person (Mehmet Akif Ersoy Göğüs, Kalp ve Damar … Hastanesi'nde): the person is
     * followed by capitalised words, commas and ve up to a capitalised possessed noun in the locative; the last token
     * of that place, or -1.
     */
    private static int namedAfter(ArticleIndex ix, ArticleIndex.Located m, int first) {
        List<Token> toks = ix.tokens();
        int k = m.last() + 1;
        if (k >= first || !capitalWord(toks.get(k)) || ix.inMention(k) || RoleAnnotator.isTitleHead(toks.get(k))) {
            return -1;
        }
        for (; k < first && k <= m.last() + 10; k++) {
            Token t = toks.get(k);
            boolean joiner = ",".equals(t.text()) || "ve".equals(ix.key(k));
            ArticleIndex.Located n = ix.startingAt(k);
            if (n != null && !n.is("PERSON") && "Loc".equals(n.mention().grammaticalCase()) && k > m.last() + 1) {
                // … Göğüs, Kalp ve [Damar Cerrahi … Hastanesi]'nde: the rest of the name is an organisation's
                return n.last();
            }
            if (!joiner && (!capitalWord(t) || ix.inMention(k))) {
                return -1;
            }
            boolean locative = "Loc".equals(ArticleIndex.grammaticalCase(t)) || locativeSuffix(t.text());
            if (!joiner && locative && (Verbs.possessed(t) || locativeSuffix(t.text()))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean locativeSuffix(String w) {
        int ap = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        String suf = ap > 0 ? TurkishCase.lower(w.substring(ap + 1)) : "";
        return "da".equals(suf) || "de".equals(suf) || "ta".equals(suf) || "te".equals(suf);
    }

    private static boolean capitalWord(Token t) {
        String w = t.text();
        return t.kind() == dev.kulis.model.TokenKind.WORD && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Whether the offset lies inside a direct quote other than the event verb's own. */
    private static boolean quotedElsewhere(Article a, int offset, Quote own) {
        Quote q = quoteAround(a, offset);
        return q != null && q != own && (own == null || q.start() != own.start());
    }

    private static Quote quoteAround(Article a, int offset) {
        for (Quote q : a.quotes()) {
            if (q.start() <= offset && offset < q.end() && !"indirect".equals(q.kind())) {
                return q;
            }
        }
        return null;
    }

    private static String time(ArticleIndex ix, Sentence s, int at) {
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

    /** One event per type, participants, time and modality: the first mention of it. */
    private static List<Event> dedupe(List<Event> events) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : events) {
            List<String> ids = e.participants().stream().map(r -> String.valueOf(r.entity())).sorted().toList();
            out.putIfAbsent(e.type() + "|" + ids + "|" + e.time() + "|" + e.modality(), e);
        }
        return new ArrayList<>(out.values());
    }
}
