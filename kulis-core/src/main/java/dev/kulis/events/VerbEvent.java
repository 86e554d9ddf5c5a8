package dev.kulis.events;

import dev.kulis.model.EntityRef;
import dev.kulis.model.Event;
import dev.kulis.model.Quote;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One matched event verb read into an event, step by step: the verb that governs its tense, its modality, its
 * clause, who takes part and who acts, where and when. Any step may find that the verb tells no checkable event.
 */
final class VerbEvent {

    private static final Set<String> CALL_VERBS = Set.of("çağır", "davet", "iste");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»", "'", "‘", "’");

    private final ArticleIndex ix;
    private final List<Token> toks;
    private final Sentence s;
    private final int first;
    private final int verb;
    private final Token v;
    private final boolean[] titled;
    private String type;
    private String modality;
    /** The verb that sets the tense: the event verb, or the verb its dative verbal noun leads to. */
    private Token governor;
    private int governorAt;
    /** The verb whose person tells who acts: the event verb, or the verb its converb leads to. */
    private Token personVerb;
    /** The first token of the verb's clause. */
    private int from;
    /** The direct quote the verb stands in, or null. */
    private Quote quote;
    private Map<Integer, Integer> pairs;
    /** The genitive paired with the verb (its subject in a complement clause), or null. */
    private Integer top;
    private final List<EntityRef> participants = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** Participants named in the nominative, not as a partner with ile. */
    private final Set<String> nominativeIds = new HashSet<>();
    private boolean actor;
    private String place;

    VerbEvent(ArticleIndex ix, Sentence s, String type, int first, int verb, boolean[] titled) {
        this.ix = ix;
        this.toks = ix.tokens();
        this.s = s;
        this.type = type;
        this.first = first;
        this.verb = verb;
        this.titled = titled;
        this.v = toks.get(verb);
        this.modality = Modality.of(v);
        this.governor = v;
        this.governorAt = verb;
        this.personVerb = v;
    }

    /** The event the verb tells, or null when it tells none. */
    Event read() {
        if (Words.allCaps(v)) {
            // ERBİL'LE DE GÖRÜŞTÜK: a subheading in capitals has no clause to read participants from
            return null;
        }
        if ("meeting".equals(type) && first == verb && !Verbs.isVerb(v)) {
            // görüşe açtı, görüşe sundu: an opinion (görüş) asked for is no meeting; a meeting is told by a verb
            return null;
        }
        if (!followGovernor()) {
            return null;
        }
        if (Verbs.genericParticiple(ix, verb, s.lastToken())) {
            // eleştirenlerin gözünü korkutmak, eleştiren de var: whoever does it, no one in particular
            return null;
        }
        if (supportAsked() || thankedFor()) {
            return null;
        }
        settleModality();
        quote = Clauses.quoteAround(ix.article(), v.start());
        from = Clauses.start(ix, s, first, v, quote);
        if (unasserted() || untargetedReaction()) {
            return null;
        }
        from = Clauses.insideQuote(ix, from, first, quote);
        pairs = Genitives.pairs(ix, from, verb, titled);
        addSpeaker();
        readClause();
        applyGenitiveSubject();
        applyParticipleHead();
        if (!checkable()) {
            return null;
        }
        int start = toks.get(from).start();
        int end = v.end();
        return new Event(type, start, end, ix.article().text().substring(start, end), participants, place,
                EventTime.of(ix, s, v.start()), modality);
    }

    /**
     * Follows a dative verbal noun or a converb to the verb that sets its tense and person; false when the chain
     * asserts nothing.
     */
    private boolean followGovernor() {
        boolean dativeNoun = ArticleIndex.hasTag(v, "NEG") && ArticleIndex.hasTag(v, "OPT") && verb + 1 < s.lastToken()
                && toks.get(verb + 1).kind() == TokenKind.WORD;
        if (dativeNoun) {
            // vermeye devam ediyor, kutlamaya hazırlanıyor: a verbal noun in the dative, not a negative wish
            int next = verb + 1 < s.lastToken() - 1 && !Verbs.isVerb(toks.get(verb + 1)) ? verb + 2 : verb + 1;
            modality = Verbs.isVerb(toks.get(next)) ? Modality.of(toks.get(next)) : "past";
            if (Modality.ready(ix, verb + 1) && !"negated".equals(modality)) {
                // her türlü desteği vermeye hazır olduğunu: ready to, not done
                modality = "planned";
            }
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
                return false;
            }
            String led = k >= 0 ? Modality.of(toks.get(k)) : null;
            personVerb = k >= 0 ? toks.get(k) : v;
            if (!"negated".equals(modality) && ("future".equals(led) || "planned".equals(led))) {
                // only what is yet to come carries over: görüşerek anlaşamadı still met
                modality = led;
            }
        }
        return true;
    }

    private boolean supportAsked() {
        // destek verin, destek vermeye çağırdı: support asked of others, pledged by no one
        return "support_pledge".equals(type) && (ArticleIndex.hasTag(governor, "IMP")
                || governorAt != verb && (CALL_VERBS.contains(ix.root(governorAt))
                        || CALL_VERBS.contains(ix.root(verb + 1))));
    }

    private static final Set<String> THANK_ROOTS = Set.of("teşekkür", "şükran", "minnet", "minnettar");

    /**
     * Gülen'e de destek verdiği için teşekkür etti: an act given as the reason for thanks is the thanked one's, whose
     * name stands in the dative of the thanking verb, not the thanker's; the roles cannot be told apart safely.
     */
    private boolean thankedFor() {
        if (verb + 1 >= s.lastToken() || !"için".equals(ix.key(verb + 1))) {
            return false;
        }
        for (int j = verb + 2; j < Math.min(s.lastToken(), verb + 5); j++) {
            if (THANK_ROOTS.contains(ix.root(j))) {
                return true;
            }
        }
        return false;
    }

    /** What is planned or promised rather than done; an invitation yet to come is a planned one. */
    private void settleModality() {
        String aux = "past".equals(modality) ? Modality.auxiliary(ix, verb, s.lastToken()) : null;
        String later = "past".equals(modality) ? Modality.stepBefore(ix, verb, s.lastToken()) : null;
        // ziyaret etmiş olacak; ziyaret ettikten sonra … geçecek: what is yet to come
        modality = aux != null ? aux : later != null ? later : modality;
        if ("past".equals(modality) && Modality.plannedAfter(ix, verb, s.lastToken())) {
            modality = "planned";
        }
        if ("past".equals(modality) && ArticleIndex.hasTag(governor, "AOR") && Verbs.finite(governor)) {
            // destek olurum, destek veririz, davet ederiz, görüşürüz: an offer or a promise, planned at most
            modality = "planned";
        }
        if ("invitation".equals(type) && ("future".equals(modality) || "planned".equals(modality))) {
            type = "planned_invitation";
        }
    }

    private boolean unasserted() {
        // the evidence gate: a supposed, asked, alleged, habitual or addressed clause tells no event
        return Evidence.unasserted(ix, s.firstToken(), from, first, verb, s.lastToken()) != null
                || governorAt != verb && Evidence.unasserted(ix, s.firstToken(), from, governorAt, governorAt, s.lastToken()) != null;
    }

    private boolean untargetedReaction() {
        // gülümseyerek tepki gösterdi: a reaction aimed at nothing is no criticism
        return "criticism".equals(type) && "tepki".equals(ix.root(first)) && !Counterparts.targeted(ix, from, first);
    }

    /** The speaker of the verb's quote takes part when the verb is about them, and acts in the first person. */
    private void addSpeaker() {
        if (quote != null && quote.speaker() != null && quote.speaker().entity() != null && !nestedQuote()
                && !Reported.impersonalCue(quote)
                && (Evidence.firstPerson(governor.morph().analysis()) || Evidence.firstPerson(personVerb.morph().analysis())
                        || Actors.firstPersonIn(ix, from, verb) && !thirdPersonVerb())
                && !Actors.thirdPartySubject(ix, from, verb, governor, personVerb)) {
            participants.add(quote.speaker());
            ids.add(quote.speaker().entity());
            // kutluyorum, görüşerek … karar vereceğiz: the speaker is the actor of a first-person verb
            actor = Evidence.firstPerson(governor.morph().analysis()) || Evidence.firstPerson(personVerb.morph().analysis())
                    || Actors.firstPersonIn(ix, from, verb) || ArticleIndex.hasTag(governor, "NECES");
        }
    }

    /**
     * Whether the verb stands in a quote nested inside its quote (Büyükelçi 'ben davet ettim' diyor, quoted by another
     * speaker): an odd number of quote marks between the quote's start and the verb; its first person is the inner
     * speaker's, not the outer quote's.
     */
    private boolean nestedQuote() {
        int marks = 0;
        for (int k = s.firstToken(); k < first; k++) {
            Token t = toks.get(k);
            if (t.start() > quote.start() && QUOTE_MARKS.contains(t.text())) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /**
     * A finite verb in the third person with its own person ending (davet etmişler, görüşüyorlar): someone else acts,
     * even when the clause says our (Başbakanımızı).
     */
    private boolean thirdPersonVerb() {
        String a = personVerb.morph().analysis();
        return Verbs.finite(personVerb) && a.contains("A3PL");
    }

    /** The clause before the verb: the first place it names, and the persons and organisations taking part. */
    private void readClause() {
        boolean[] bracketed = Participants.bracketed(ix, s);
        for (int k = from; k < first; k++) {
            ArticleIndex.Located m = ix.startingAt(k);
            if (m == null) {
                if (place == null && Places.placeNoun(ix, k) && ownClause(k)) {
                    place = toks.get(k).text();
                }
                continue;
            }
            int placeEnd = Places.placeNameEnd(ix, m, first);
            if (placeEnd >= 0) {
                // the first word of a place's name is no participant: Başbakanlık Merkez Bina'da
                if (place == null && ownClause(placeEnd)) {
                    place = ix.article().text().substring(toks.get(k).start(), toks.get(placeEnd).end());
                }
                k = placeEnd;
                continue;
            }
            boolean locative = "Loc".equals(m.mention().grammaticalCase()) && (m.is("LOCATION") || m.is("ORGANIZATION"));
            if (m.is("LOCATION") || locative) {
                // a locative organisation is where it happened (Kampüsü'nde, Genel Merkezi'nde), not who took part
                if (locative && (place == null || m.is("LOCATION")) && ownClause(m.last())) {
                    place = m.entity().name();
                }
            } else if (Participants.source(ix, m, first)) {
                // habere göre, Uysal'ın açıklamasında: the source or reporter of the news takes no part
            } else if (otherVerbForm(m) || titlePart(m)) {
                // Suriye'de kaybolan, Arınç ile ilgili vermiş olduğu, Çetin ile yargılanmasını eleştiren: a name governed
                // by another verb form before the event verb, or a party inside a role title (CHP Milletvekili X),
                // takes no part
            } else if (!Participants.aside(ix, type, m, pairs, first, verb, bracketed[k - s.firstToken()])
                    && Participants.party(ix, type, m)) {
                if (ids.add(m.entity().id())) {
                    participants.add(m.ref());
                }
                // Derya Sönmez ile görüştüğünü açıklayan Aydemir: a partner with ile is no actor by itself
                boolean subjectLike = Participants.nominative(ix, m) && !Participants.comitative(ix, m, first);
                actor |= subjectLike;
                if (subjectLike) {
                    nominativeIds.add(m.entity().id());
                }
            }
            k = m.last();
        }
    }

    private static final Set<String> NOT_VERBS = Set.of("göre", "kadar", "rağmen", "karşın", "dolayı", "itibaren",
            "ilişkin", "yönelik", "dair", "ilgili", "ait", "değin", "üzere", "beri", "önce", "sonra");

    /** Whether a verb form of another clause stands between token {@code last} and the event verb. */
    private boolean verbFormAfter(int last, boolean converbsToo) {
        for (int j = last + 1; j < first; j++) {
            Token t = toks.get(j);
            if (!ix.inMention(j) && Verbs.isVerb(t) && !NOT_VERBS.contains(ix.key(j)) && clauseForm(t)
                    && (converbsToo || !Verbs.converb(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb form heading a clause of its own: a finite verb, converb or participle, or a verbal noun in the accusative
     * (yargılanmasını eleştiren); not a verbal noun in the dative or a plural one (yemeye davet, çalışmasına destek,
     * açıklamalarına tepki), which is the event verb's own complement or a plain noun.
     */
    private static boolean clauseForm(Token t) {
        String a = t.morph().analysis();
        if (ArticleIndex.hasTag(t, "NEG") && ArticleIndex.hasTag(t, "OPT")) {
            // yemeye, vermeye: a dative verbal noun read as a negative wish
            return false;
        }
        if (a.contains("INF") && !a.contains("PART")) {
            return ArticleIndex.hasTag(t, "ACC") && !ArticleIndex.hasTag(t, "A3PL");
        }
        return true;
    }

    /** A place word read for the event: in the verb's own clause, neither quoted elsewhere nor governed by another verb. */
    private boolean ownClause(int last) {
        return !Clauses.quotedElsewhere(ix.article(), toks.get(last).start(), quote) && !verbFormAfter(last, true);
    }

    /**
     * A mention whose nearest governing verb form is another one: a case-marked or comitative name before another verb
     * form (converbs included); a name quoted in another quote.
     */
    private boolean otherVerbForm(ArticleIndex.Located m) {
        if (Clauses.quotedElsewhere(ix.article(), toks.get(m.first()).start(), quote)) {
            return true;
        }
        if (Participants.nominative(ix, m) && !Participants.comitative(ix, m, first)) {
            // Erdoğan çalışma ziyareti için geldiği Doha'da … bir araya geldi: a bare subject before a relative clause
            // is the main clause's
            return false;
        }
        return verbFormAfter(m.last(), true);
    }

    /** A party or organisation inside a role title: CHP Aydın Milletvekili Osman Aydın. */
    private boolean titlePart(ArticleIndex.Located m) {
        if (!m.is("ORGANIZATION")) {
            return false;
        }
        // a place name may stand between the party and the title: CHP Aydın Milletvekili
        for (int k = m.last() + 1; k < first && k <= m.last() + 3; k++) {
            Token t = toks.get(k);
            if (titled[k]) {
                return true;
            }
            if (t.kind() != TokenKind.WORD || t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A genitive subject paired with the verb makes it a complement clause: that subject acts, not the reporter. */
    private void applyGenitiveSubject() {
        top = pairs.entrySet().stream().filter(e -> e.getValue() == verb).map(Map.Entry::getKey).findFirst()
                .orElse(null);
        ArticleIndex.Located subject = top == null ? null : ix.endingAt(top);
        if (top != null && subject == null) {
            // a subject the entity layer does not name (İktidarın İzmir'e destek vermediğini): still not the reporter's
            participants.removeIf(r -> Actors.firstMention(ix, from, top, r) >= 0);
        }
        subject = subject != null && (subject.is("PERSON") || subject.is("ORGANIZATION")) ? subject : null;
        if (subject != null) {
            // X, Y'nin Z'yi eleştirdiğini belirtti: Y criticised; X only reports it
            ArticleIndex.Located subj = subject;
            participants.removeIf(r -> Actors.firstMention(ix, from, subj.first(), r) >= 0);
            if (participants.stream().noneMatch(r -> subj.entity().id().equals(r.entity()))) {
                participants.add(0, subj.ref());
            }
        }
        if (top != null) {
            // a clause with its own genitive subject has that subject as its actor, named or not
            actor = subject != null;
        }
        boolean complement = Evidence.complement(v) || Verbs.converb(v) && ledComplement();
        // heyetinin Gazze'yi ziyaret ederek … adım attığını sözlerine ekledi: a converb leading to a complement verb
        // with its own genitive subject is the delegation's act, not the reporter's
        if (top == null && actor && complement && (Actors.unnamedGenitive(ix, from, verb, titled, pairs)
                || genitiveBeforeCasedName())) {
            // Vali, turistlerin en çok Sümela Manastırı'nı ziyaret ettiğini söyledi: the tourists visited, not the
            // governor; a genitive common noun standing apart from any possessed word is the complement's subject
            actor = false;
        }
    }

    /**
     * A common noun in the genitive right before a name in another case (heyetinin Gazze'yi): it owns nothing, so it is
     * the subject of the complement clause.
     */
    private boolean genitiveBeforeCasedName() {
        for (int k = from; k + 1 < first; k++) {
            Token t = toks.get(k);
            if (ix.inMention(k) || titled[k] || t.morph() == null || !"NOUN".equals(t.morph().pos())
                    || Words.capitalWord(t) || !"Gen".equals(ArticleIndex.grammaticalCase(t))) {
                continue;
            }
            ArticleIndex.Located m = ix.startingAt(k + 1);
            String c = m == null ? null : m.mention().grammaticalCase();
            if (c != null && !"Nom".equals(c) && !"Gen".equals(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the converb leads to a complement verb (ziyaret ederek … adım attığını) before any finite verb. */
    private boolean ledComplement() {
        for (int j = verb + 1; j < s.lastToken(); j++) {
            Token t = toks.get(j);
            if (ix.inMention(j) || !Verbs.isVerb(t)) {
                continue;
            }
            if (Evidence.complement(t)) {
                return true;
            }
            if (Verbs.finite(t)) {
                return false;
            }
        }
        return false;
    }

    /** The name a participle describes takes part; it is the actor of a subject participle or a reporting one. */
    private void applyParticipleHead() {
        ArticleIndex.Located head = Actors.participleHead(ix, s, verb);
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
            ArticleIndex.Located reporter = Actors.reportingHead(ix, s, verb);
            if (reporter != null && !Actors.otherGenitive(ix, from, verb, reporter)
                    && !Reported.genitiveSubject(ix, from, verb, titled)) {
                actor = true;
                if (ids.add(reporter.entity().id())) {
                    participants.add(0, reporter.ref());
                }
            }
        }
    }

    /** Whether the event names enough to be checked: an actor, a meeting's second party, a visit's visitor. */
    private boolean checkable() {
        if (!actor) {
            // no named person or organisation does it: generic, metaphorical or unknown actors tell nothing checkable
            return false;
        }
        if (Reported.habitual(ix, from, verb) || Reported.othersParticiple(ix, s, verb)) {
            // belirli günlerde görüştüğünü, her hafta ziyaret eder: a habit is no event; görüşecek heyetin hazır
            // olduğunu söyledi: the speaker reports what an unnamed group will do
            return false;
        }
        participants.removeIf(r -> Reported.venue(ix.article(), s, r));
        if (participants.isEmpty() || Reported.splitName(ix.article(), s, participants)) {
            // CHP Genel Merkezi ve TBMM'de: a venue is a place; AK Parti İl Başkanlığı: one name cut in two
            return false;
        }
        if ("meeting".equals(type) && !Counterparts.partnered(ix, from, verb, participants)) {
            // bir araya geldik, hastalar bir araya geldi: a gathering with no second party is no meeting
            return false;
        }
        if ("support_pledge".equals(type) && participants.size() < 2 && !Pledges.namedOwner(ix, from, first)) {
            // a pledge needs a named giver and a named beneficiary; support to people, a cause or no one is no pledge
            return false;
        }
        if ("support_pledge".equals(type) && Pledges.noPledge(ix, from, first, verb, participants)
                || "congratulation".equals(type) && Counterparts.celebration(ix, from, first, verb, s.lastToken(), participants)
                || participants.stream().anyMatch(r -> Participants.glued(ix.article(), r))) {
            // funding, aid or support of a field; a celebration (her akşam kutladık onu) congratulates no one; two
            // persons' names glued into one (Davutoğlu Biden) name no one
            return false;
        }
        // a visit with no person or organisation named (a comet ziyaret eden Dünya'yı) tells nothing checkable
        return !("visit".equals(type) && participants.isEmpty());
    }
}
