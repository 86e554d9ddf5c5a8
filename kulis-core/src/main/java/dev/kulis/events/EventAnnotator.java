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
        return article.withEvents(dedupe(out));
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
        if (dativeNoun) {
            // vermeye devam ediyor, kutlamaya hazırlanıyor: a verbal noun in the dative, not a negative wish
            int next = verb + 1 < s.lastToken() - 1 && !Verbs.isVerb(toks.get(verb + 1)) ? verb + 2 : verb + 1;
            modality = Verbs.isVerb(toks.get(next)) ? modality(toks.get(next)) : "past";
            governorAt = Verbs.isVerb(toks.get(next)) ? next : verb;
            governor = toks.get(governorAt);
        } else if (Verbs.converb(v)) {
            // görüşüp … ortaya koyacak: a converb has the tense of the verb it leads to; gelip … değerlendiriyorsa: none
            int k = Verbs.nextFinite(ix, verb + 1, s.lastToken());
            for (int j = verb + 1; k >= 0 && j < k; j++) {
                if (QUOTE_MARKS.contains(toks.get(j).text())) {
                    // tepki göstererek, "… evinde kal" mesajı verdi: a verb inside a quote leads nothing outside it
                    k = -1;
                }
            }
            if (k >= 0 && ArticleIndex.hasTag(toks.get(k), "COND")) {
                return null;
            }
            String led = k >= 0 ? modality(toks.get(k)) : null;
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
        while (from - 1 >= s.firstToken() && !clauseEnd(ix, from - 1, s.lastToken())) {
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
        Article a = ix.article();
        Quote q = quoteAround(a, v.start());
        while (q != null && from < first && toks.get(from).start() < q.start()) {
            // a verb inside a quote has its clause inside the quote: … ifade ederek, "Buna destek vermeye gelen …"
            from++;
        }
        List<EntityRef> participants = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Integer, Integer> pairs = Genitives.pairs(ix, from, verb, titled);
        if (q != null && q.speaker() != null && q.speaker().entity() != null
                && (speakerTakesPart(governor) || firstPersonIn(ix, from, verb))) {
            participants.add(q.speaker());
            ids.add(q.speaker().entity());
        }
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
            } else if (byOrOf(ix, m, first) || Genitives.otherVerbsSubject(ix, m, pairs, verb) || adjective(m)) {
                // Erdoğan tarafından kabul edilen Ballmer: the agent of another verb; Esad rejiminin: a possessor;
                // Chavez'in … ilan ettiği Maduro: the subject of a relative clause
            } else if (m.is("PERSON") || m.is("ORGANIZATION") && !possessorOrTitle(ix, m)
                    && !(moving(type) && ("Dat".equals(m.mention().grammaticalCase()) || "Abl".equals(m.mention().grammaticalCase())))) {
                // an organisation one goes to or comes from (Hastanesi'ne gelerek, CHP'den istifa eden) takes no part
                if (ids.add(m.entity().id())) {
                    participants.add(m.ref());
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
        ArticleIndex.Located head = participleHead(ix, s, verb);
        if (head != null && ids.add(head.entity().id())) {
            participants.add(head.ref());
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
                names += "Loc".equals(m.mention().grammaticalCase()) ? 0 : 1;
                k = m.last();
            }
        }
        return names >= 2;
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
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Verbs.possessed(t) && !Verbs.isVerb(t)
                && (m.is("ORGANIZATION") || "Gen".equals(ArticleIndex.grammaticalCase(t)));
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
            if (m != null) {
                if (m.is("PERSON")) {
                    return m;
                }
                if (!m.is("ORGANIZATION") || org != null) {
                    return org;
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
        if (!m.is("ORGANIZATION") || "Loc".equals(m.mention().grammaticalCase())) {
            return -1;
        }
        List<Token> toks = ix.tokens();
        for (int k = m.last() + 1; k < first && k <= m.last() + 3; k++) {
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

    private static boolean locativeSuffix(String w) {
        int ap = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        String suf = ap > 0 ? TurkishCase.lower(w.substring(ap + 1)) : "";
        return "da".equals(suf) || "de".equals(suf) || "ta".equals(suf) || "te".equals(suf);
    }

    private static boolean capitalWord(Token t) {
        String w = t.text();
        return t.kind() == dev.kulis.model.TokenKind.WORD && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
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
