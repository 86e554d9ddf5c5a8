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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events from verb phrases ({@code ziyaret etti}, {@code görüştü}, {@code davet edeceğini}, {@code desteği
 * vereceklerini}, {@code eleştirdi}, {@code kutladı}) and scheduled elections ({@code 31 Mart'ta yapılacak
 * yerel seçim}). Participants are the person and organisation mentions of the verb's clause (plus the
 * speaker when the verb stands inside a quote), the place a locative location or place noun of the clause,
 * the time the nearest dated expression of the sentence (else the article's date), and the modality
 * (past, future, planned, negated) is read from the verb's morphology.
 */
public final class EventAnnotator implements Annotator {
    private record Phrase(String type, String[] roots) {
    }

    private static final List<Phrase> PHRASES = DataLines.read(EventAnnotator.class, "event-verbs.tsv").stream()
            .map(l -> l.strip().split("\t"))
            .map(f -> new Phrase(f[0], TurkishCase.lower(f[1]).split(" ")))
            .sorted(Comparator.comparingInt((Phrase p) -> -p.roots().length)).toList();
    /** Phrases by the root of their first word, longest first: one hash lookup per token instead of a scan. */
    private static final Map<String, List<Phrase>> BY_FIRST_ROOT = PHRASES.stream()
            .collect(Collectors.groupingBy(p -> p.roots()[0], LinkedHashMap::new, Collectors.toList()));
    /** One-word phrases, which may also match a verb form by its prefix when the root reading differs. */
    private static final List<Phrase> SINGLE = PHRASES.stream().filter(p -> p.roots().length == 1).toList();
    private static final Set<String> PLACE_NOUNS = words("place-nouns.txt");
    private static final Set<String> ELECTION = words("election-words.txt");
    private static final Set<String> CONJUNCTIONS = Set.of("ve", "ama", "fakat", "ancak", "ayrıca", "sonra");
    private static final Set<String> BY_MEANS = words("by-means-nouns.txt");
    private static final Set<String> ELECTION_COMPOUNDS = words("election-compounds.txt");
    private static final Set<String> HOLD_VERBS = Set.of("yap", "gerçekleş", "gerçekleştir", "düzenle", "yenile");
    private static final Set<String> PLAN_VERBS = Set.of("planla", "hazırlan", "öngör", "niyetlen");

    private static Set<String> words(String resource) {
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
        boolean[] titled = titleWords(ix);
        for (Sentence s : article.sentences()) {
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                Phrase p = match(ix, i, s.lastToken());
                if (p != null) {
                    int verb = i + p.roots().length - 1;
                    out.add(event(ix, s, p.type(), i, verb, titled));
                    i = verb;
                } else if (ELECTION.contains(ix.root(i)) && !properName(toks.get(i), i, s)
                        && !(i + 1 < s.lastToken() && ELECTION_COMPOUNDS.contains(ix.root(i + 1)))) {
                    Event e = election(ix, s, i);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        }
        return article.withEvents(dedupe(out));
    }

    private static Phrase match(ArticleIndex ix, int i, int end) {
        List<Phrase> candidates = BY_FIRST_ROOT.get(ix.root(i));
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (matches(ix, p, i, end)) {
                    return p;
                }
            }
        }
        if (isVerb(ix.tokens().get(i))) {
            for (Phrase p : SINGLE) {
                if (matches(ix, p, i, end)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean matches(ArticleIndex ix, Phrase p, int i, int end) {
        List<Token> toks = ix.tokens();
        int n = p.roots().length;
        if (i + n > end) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String want = p.roots()[k];
            boolean ok = want.equals(ix.root(i + k))
                    || k == n - 1 && want.length() >= 4 && ix.key(i + k).startsWith(want) && isVerb(toks.get(i + k));
            if (!ok) {
                return false;
            }
        }
        Token v = toks.get(i + n - 1);
        if (!eventVerb(v)) {
            return false;
        }
        return switch (p.type()) {
            case "meeting" -> meetingVerb(v) && !discussed(ix, i);
            // a passive kutlanmak is a celebration (yıldönümü kutlanacak), not a congratulation
            case "congratulation" -> !("kutla".equals(p.roots()[n - 1])
                    && (ArticleIndex.hasTag(v, "PASS") || celebrated(ix, i)));
            // support given by nobody named is a subsidy (destek veriliyor); a share of a poll is no pledge
            case "support_pledge" -> !ArticleIndex.hasTag(v, "PASS") && !pollShare(ix, i)
                    // desteği olduğu sürece: support exists; destek olmak is to support
                    && !("ol".equals(p.roots()[n - 1]) && !"destek".equals(ix.key(i)));
            default -> true;
        };
    }

    /**
     * {@code görüşmek} with an object and no partner means to discuss ({@code likidite sağlamayı görüşüyor}): an
     * accusative right before the verb and no {@code ile} (or comitative suffix) in the words before it.
     */
    private static boolean discussed(ArticleIndex ix, int verb) {
        // the object may stand a few words before: tasarıyı alt komisyon metni üzerinden görüşüyor
        boolean object = false;
        for (int k = verb - 1; k >= 0 && k >= verb - 6 && ix.tokens().get(k).kind() == dev.kulis.model.TokenKind.WORD; k--) {
            Token t = ix.tokens().get(k);
            if (k == verb - 1 ? object(t) : "Acc".equals(ArticleIndex.grammaticalCase(t)) && !ix.inMention(k)) {
                object = true;
                break;
            }
        }
        if (!object) {
            return false;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 10; k--) {
            Token t = ix.tokens().get(k);
            if (t.kind() == dev.kulis.model.TokenKind.PUNCT && !"'".equals(t.text())) {
                break;
            }
            boolean range = k > 0 && ix.tokens().get(k - 1).kind() == dev.kulis.model.TokenKind.NUMBER;
            if ("ile".equals(ix.key(k)) && !range || "Ins".equals(ArticleIndex.grammaticalCase(t))) {
                // a partner, unless ile joins two numbers (2 ile 3 yıllık)
                return false;
            }
        }
        return true;
    }

    /** An object that is no person right before kutlamak: a day is celebrated (Şükran Günü'nü kutlamak), nobody congratulated. */
    private static boolean celebrated(ArticleIndex ix, int verb) {
        // the object may stand a few words before: Zafer Bayramı'nı coşkuyla kutladı
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            Token o = ix.tokens().get(k);
            if (o.kind() != dev.kulis.model.TokenKind.WORD) {
                return false;
            }
            if ("Acc".equals(ArticleIndex.grammaticalCase(o))) {
                ArticleIndex.Located m = ix.endingAt(k);
                return (m == null || !m.is("PERSON") && !m.is("ORGANIZATION"))
                        && (o.morph() == null || !"PRON".equals(o.morph().pos()));
            }
        }
        return false;
    }

    /** An accusative, or a possessed noun right before the verb, which the analyser often reads so (planı görüşüyor). */
    private static boolean object(Token t) {
        return "Acc".equals(ArticleIndex.grammaticalCase(t))
                || t.morph() != null && t.morph().analysis() != null && t.morph().analysis().endsWith("+NOUN+A3SG+P3SG+NOM");
    }

    /** A percentage just before the support word: a poll result ({@code yüzde 40 destek çıktı}). */
    private static boolean pollShare(ArticleIndex ix, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            String w = ix.key(k);
            if ("yüzde".equals(w) || w.indexOf('%') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A verb that reports an event: finite or a complement participle, not a verbal noun (görüşme) or an imperative. */
    private static boolean eventVerb(Token t) {
        if (!isVerb(t)) {
            return false;
        }
        String a = t.morph().analysis();
        return !a.contains("INF") && !a.contains("IMP+A2SG");
    }

    /**
     * A capitalised congress or referendum word inside the sentence names an institution (ABD Kongresi, Kongre'den),
     * not an election, also first in the sentence with a suffix after an apostrophe (Kongre'nin); a capitalised
     * seçim stays one (31 Mart Yerel Seçimleri).
     */
    private static boolean properName(Token t, int i, Sentence s) {
        String w = t.text();
        if (w.isEmpty() || "seçim".equals(ArticleIndex.root(t)) || !Character.isUpperCase(w.charAt(0))
                || TurkishCase.isAllCaps(w)) {
            return false;
        }
        return i > s.firstToken() || w.indexOf('\'') > 0 || w.indexOf('’') > 0;
    }

    /** Tags of a verb reading that reports something happening: a tense or mood, a participle or a converb. */
    private static final Set<String> VERB_READINGS = Set.of("PAST", "NARR", "FUT", "AOR", "PROG1", "PROG2", "PRES",
            "COND", "NEC", "OPT", "DESR", "PASTPART", "FUTPART", "PRESPART", "NARRPART", "AORPART", "BYDOINGSO",
            "AFTERDOINGSO", "WHEN", "SINCEDOINGSO", "WHILE", "ASIF", "WITHOUTHAVINGDONESO", "ADAMANTLY",
            "ASLONGAS", "SINCE", "INBETWEEN", "AFTER");

    /**
     * A meeting needs the verb of meeting itself (görüştü, görüşen, görüşerek, bir araya geldi): a finite,
     * participle or converb reading, never a noun read as a verb (görüş, görüşünü, görüşme) and never the passive
     * (görüşüldü, görüşülecek: a topic was discussed, nobody met) unless made to meet (görüştürüldü).
     */
    static boolean meetingVerb(Token t) {
        if (!isVerb(t) || ArticleIndex.hasTag(t, "PASS") && !ArticleIndex.hasTag(t, "CAUS")) {
            return false;
        }
        String a = t.morph().analysis();
        if (a.contains("INF")) {
            return false;
        }
        for (String part : a.split("[+^]")) {
            if (VERB_READINGS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Token t) {
        return t.morph() != null && t.morph().analysis() != null && t.morph().analysis().contains("+VERB");
    }

    /** A finite verb ends a clause: a verb reading with no participle or verbal-noun derivation. */
    private static boolean finite(Token t) {
        if (!isVerb(t)) {
            return false;
        }
        String a = t.morph().analysis();
        return !a.contains("PART") && !a.contains("^DB+NOUN") && !a.contains("^DB+ADJ") && !a.contains("^DB+ADV");
    }

    /** A finite verb followed by punctuation or a conjunction ends the clause before an event verb. */
    private static boolean clauseEnd(ArticleIndex ix, int k, int end) {
        List<Token> toks = ix.tokens();
        if (ix.inMention(k) || !finite(toks.get(k))) {
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
        if (dativeNoun) {
            // vermeye devam ediyor, kutlamaya hazırlanıyor: a verbal noun in the dative, not a negative wish
            int next = verb + 1 < s.lastToken() - 1 && !isVerb(toks.get(verb + 1)) ? verb + 2 : verb + 1;
            modality = isVerb(toks.get(next)) ? modality(toks.get(next)) : "past";
        }
        if ("past".equals(modality) && verb + 1 < s.lastToken() && PLAN_VERBS.contains(ix.root(verb + 1))) {
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
        List<EntityRef> participants = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Integer, Integer> pairs = genitivePairs(ix, from, verb, titled);
        Quote q = quoteAround(a, v.start());
        if (q != null && q.speaker() != null && q.speaker().entity() != null
                && (speakerTakesPart(v) || firstPersonIn(ix, from, verb))) {
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
            boolean locative = "Loc".equals(m.mention().grammaticalCase()) && (m.is("LOCATION") || m.is("ORGANIZATION"));
            if (m.is("LOCATION") || locative) {
                // a locative organisation is where it happened (Kampüsü'nde, Genel Merkezi'nde), not who took part
                if (locative && (place == null || m.is("LOCATION"))) {
                    place = m.entity().name();
                }
            } else if (byOrOf(ix, m, first) || otherVerbsSubject(ix, m, pairs, verb)) {
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
        int start = toks.get(from).start();
        int end = v.end();
        return new Event(type, start, end, a.text().substring(start, end), participants, place, time(ix, s, v.start()),
                modality);
    }

    /**
     * Pairs each genitive of the clause with the possessed word it belongs to, innermost first, as Turkish nests
     * them: {@code Bakanlığı'nın … Fransa'nın … operasyonunu eleştirdiğini} pairs Fransa'nın with operasyonunu and
     * leaves Bakanlığı'nın to the verb (its subject), while {@code Soyer'in seçim çalışmasına … vereceklerini} leaves
     * the verb none. Words of a title (Dışişleri Bakanı, ABD'nin Ankara Büyükelçisi) are compounds of their own and
     * take no part. Keys are the genitives' last tokens; a genitive left for a possessed participle verb pairs with it.
     */
    private static Map<Integer, Integer> genitivePairs(ArticleIndex ix, int from, int verb, boolean[] titled) {
        Map<Integer, Integer> pairs = new java.util.HashMap<>();
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int k = from; k < verb; k++) {
            if (titled[k]) {
                continue;
            }
            Token t = ix.tokens().get(k);
            ArticleIndex.Located m = ix.endingAt(k);
            boolean gen = m != null ? m.genitive() : "Gen".equals(ArticleIndex.grammaticalCase(t));
            if (possessed(t) && !open.isEmpty() && (m == null || m.first() == k)) {
                pairs.put(open.pop(), k);
            }
            if (gen) {
                open.push(k);
            }
        }
        Token v = ix.tokens().get(verb);
        if (!open.isEmpty() && v.morph().analysis().contains("PART") && possessed(v)) {
            pairs.put(open.pop(), verb);
        }
        return pairs;
    }

    /** A genitive mention paired with another participle: the subject of a relative clause, not of the event. */
    private static boolean otherVerbsSubject(ArticleIndex ix, ArticleIndex.Located m, Map<Integer, Integer> pairs, int verb) {
        Integer to = pairs.get(m.last());
        return to != null && to != verb && isVerb(ix.tokens().get(to)) && ix.tokens().get(to).morph().analysis().contains("PART");
    }

    /** Tokens of role titles (not their person): compounds that pair with no genitive of the clause. */
    private static boolean[] titleWords(ArticleIndex ix) {
        boolean[] titled = new boolean[ix.tokens().size()];
        for (dev.kulis.model.Role r : ix.article().roles()) {
            int f = ix.tokenAt(r.start());
            int l = ix.tokenAt(r.end() - 1);
            for (int k = f; k >= 0 && k <= l; k++) {
                ArticleIndex.Located m = ix.startingAt(k);
                if (m != null && m.is("PERSON")) {
                    k = m.last();
                } else {
                    titled[k] = true;
                }
            }
        }
        return titled;
    }

    /** A first-person word in the clause (benimle, bize, arsamla): the speaker is one of the parties. */
    private static boolean firstPersonIn(ArticleIndex ix, int from, int verb) {
        for (int k = from; k < verb; k++) {
            Token t = ix.tokens().get(k);
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
        return first || !finite(v) || a.contains("NECES");
    }

    private static boolean possessed(Token t) {
        String a = t.morph() == null ? null : t.morph().analysis();
        return a != null && (a.contains("+P3SG") || a.contains("+P3PL"));
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
        if ("tarafından".equals(ix.key(next))) {
            return true;
        }
        if (BY_MEANS.contains(ix.root(next))) {
            // Dernek işbirliğiyle düzenlenen, Bakanlığın desteğiyle: who made it possible, not who took part
            return true;
        }
        Token t = ix.tokens().get(next);
        String w = t.text();
        // a name modifying a common noun names its owner, not an actor: Esad rejiminin, Beşiktaş forması, Schalke maçında
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && possessed(t) && !isVerb(t)
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
            if (t.kind() != dev.kulis.model.TokenKind.WORD || isVerb(t) && !"ol".equals(ix.root(k))) {
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

    /** A dated election: the election word with a date expression a few tokens away in the same sentence. */
    private Event election(ArticleIndex ix, Sentence s, int w) {
        List<Token> toks = ix.tokens();
        Article a = ix.article();
        TimeExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpression t : a.times()) {
            if (!"date".equals(t.kind()) || t.start() < s.start() || t.end() > s.end() || since(ix, t)) {
                continue;
            }
            int ti = ix.tokenAt(t.start());
            int d = Math.abs(ti - w);
            if (d <= 6 && d < bestDist) {
                best = t;
                bestDist = d;
            }
        }
        if (best == null) {
            return null;
        }
        int ti = ix.tokenAt(best.start());
        int from = Math.min(ti, w);
        int to = Math.max(ix.tokenAt(best.end() - 1), w);
        if (to + 1 < s.lastToken() && isVerb(toks.get(to + 1)) && HOLD_VERBS.contains(ix.root(to + 1))) {
            // the verb that holds the election may follow its date: seçimlerin 27 Nisan'da yapılacağı
            to++;
        }
        String modality = "past";
        if (HOLD_VERBS.contains(ix.root(to)) && isVerb(toks.get(to)) && toks.get(to).morph().analysis().contains("INF")) {
            // seçimlerin 27 Ekim'de yapılmasını (istedi, içeren): a proposal
            modality = "planned";
        }
        for (int k = from; k <= to; k++) {
            if (ArticleIndex.hasTag(toks.get(k), "FUT") || ArticleIndex.hasTag(toks.get(k), "FUTPART")) {
                modality = "future";
            }
        }
        String date = a.metadata().date();
        if ("past".equals(modality) && date != null && best.value() != null && best.value().compareTo(date) > 0
                && !best.value().startsWith(date)) {
            modality = "future";
        }
        int start = toks.get(from).start();
        int end = toks.get(to).end();
        return new Event("election", start, end, a.text().substring(start, end), List.of(), null, best.value(),
                modality);
    }

    /** A date that starts a span (1950 yılından bu yana, 2010'dan beri): no date of an election. */
    private static boolean since(ArticleIndex ix, TimeExpression t) {
        int next = ix.tokenAt(t.end() - 1) + 1;
        if (next <= 0 || next >= ix.tokens().size()) {
            return false;
        }
        String w = ix.key(next);
        return "beri".equals(w) || "itibaren".equals(w)
                || "bu".equals(w) && next + 1 < ix.tokens().size() && "yana".equals(ix.key(next + 1));
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
        return n.start() != at && isVerb(n) && (n.morph().analysis().contains("PART") || ArticleIndex.hasTag(n, "FUT"));
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
