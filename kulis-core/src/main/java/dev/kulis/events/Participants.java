package dev.kulis.events;

import dev.kulis.entities.EntityAnnotator;
import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.roles.RoleAnnotator;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which person and organisation mentions of an event verb's clause take part in the event: not credits or
 * abbreviations in brackets, possessors, agents of a passive, arguments of an embedded verb, parts of a longer name,
 * names made adjectives, or organisations one goes to or comes from.
 */
final class Participants {
    private static final Set<String> BY_MEANS = EventAnnotator.words("by-means-nouns.txt");
    /** The entity layer's nationality words: a one-word one before a common noun (Özbek askerler) is no party. */
    private static final Set<String> NATIONALITIES = DataLines.read(EntityAnnotator.class, "demonyms.txt").stream()
            .map(l -> TurkishCase.lower(l.strip())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> KINSHIP = EventAnnotator.words("kinship-words.txt");
    private static final Pattern ADJECTIVE_SUFFIX =
            Pattern.compile("['’](l[ıiuü]|n?[dt][ae]ki|ki)$");

    private static final Pattern LI_SUFFIX = Pattern.compile("['’]l[ıiuü]$");
    private static final Pattern LI_TOKEN = Pattern.compile("^['’]?l[ıiuü]$");
    /** A possessed noun made a verb by the copula (lideriyken): still a noun for the name before it. */
    private static final Pattern COPULA_NOUN = Pattern.compile("[^+]*\\+NOUN\\+[^^]*\\+P3(SG|PL)\\+NOM\\^DB\\+VERB\\+ZERO.*");
    private static final Pattern NUMBER_WITH_CASE = Pattern.compile("\\d+['’]?(y?[ıiuü]|[yn]?[ae]|[dt][ae]|[dt][ae]n|n[ıiuü]n)");

    private Participants() {
    }

    /**
     * A person or organisation mention of the clause that stands aside from the event rather than taking part in it;
     * {@code bracketed} tells whether it stands in round brackets.
     */
    static boolean aside(ArticleIndex ix, String type, ArticleIndex.Located m, Map<Integer, Integer> pairs, int first,
                         int verb, boolean bracketed) {
        // (AA - DHA): a credit or an abbreviation in brackets; Ziya'nın kardeşleriyle: a possessor;
        // AB Zirvesi için: a name inside another name
        // Erdoğan tarafından kabul edilen Ballmer: the agent of another verb; Esad rejiminin: a possessor;
        // Chavez'in … ilan ettiği Maduro: the subject of a relative clause
        return bracketed || byOrOf(ix, m, first) || splitSuffix(ix, m)
                || Genitives.otherVerbsSubject(ix, m, pairs, verb) || adjective(m)
                || possessor(ix, m, pairs, verb) && !ownerOfTarget(ix, type, m, pairs, first)
                || nameModifier(ix, m, first) || embedded(ix, m, first) || nationality(ix, m)
                || excluded(ix, m, first) || venue(ix, type, m, first);
    }

    private static final Set<String> EXCLUDING = Set.of("dışında", "haricinde", "hariç", "dışındaki", "dışındakiler",
            "dışındakilerle", "haricindeki");

    /** A name the sentence excludes (Mehmet Öcalan dışında isimlerle görüşen): it takes no part. */
    static boolean excluded(ArticleIndex ix, ArticleIndex.Located m, int first) {
        int next = m.last() + 1;
        return next < ix.tokens().size() && next <= first && EXCLUDING.contains(ix.key(next));
    }

    private static final Set<String> VENUES = Set.of("fuar", "fuarı", "sergi", "sergisi", "hastane", "hastanesi",
            "stadyum", "stadyumu", "stadı", "stat", "salon", "salonu", "servis", "servisi", "kliniği", "klinik", "müze",
            "müzesi", "galeri", "galerisi");

    /**
     * A venue or event site (a fair, exhibition, hospital, stadium, hall) that the event takes place at or goes to:
     * named as the object of a visit or in the dative or locative, it is where the event happens, not a party
     * (Fuarı'nı ziyaret etti, Hastanesi Acil Servisi'ne getirenler).
     */
    static boolean venue(ArticleIndex ix, String type, ArticleIndex.Located m, int first) {
        if (!m.is("ORGANIZATION") && !m.is("LOCATION")) {
            return false;
        }
        boolean venueWord = false;
        int end = m.last();
        for (int k = m.first(); k <= m.last(); k++) {
            venueWord |= venueWord(ix, k);
        }
        // a venue name may go on in capitalised words no mention covers: Hastanesi Çocuk Acil Servisi'ne
        while (end + 1 < first && !ix.inMention(end + 1) && Words.capitalWord(ix.tokens().get(end + 1))
                && !RoleAnnotator.isTitleHead(ix.tokens().get(end + 1))) {
            end++;
            venueWord |= venueWord(ix, end);
        }
        if (!venueWord) {
            return false;
        }
        String c = end == m.last() ? m.mention().grammaticalCase() : ArticleIndex.grammaticalCase(ix.tokens().get(end));
        return "Dat".equals(c) || "Loc".equals(c) || "Acc".equals(c) && "visit".equals(type);
    }

    private static boolean venueWord(ArticleIndex ix, int k) {
        String w = TurkishCase.lower(ix.tokens().get(k).text());
        String stem = Apostrophes.stem(w);
        return VENUES.contains(stem) || VENUES.contains(ix.root(k));
    }

    /**
     * A party made an adjective before a plural common noun (CHP'li milletvekillerine): it stands for members it does
     * not name, so it is no participant.
     */
    static boolean forUnnamedMembers(ArticleIndex ix, ArticleIndex.Located m) {
        String text = TurkishCase.lower(m.mention().text());
        int next = m.last() + 1;
        boolean li = LI_SUFFIX.matcher(text).find();
        if (!li && next < ix.tokens().size()) {
            // the suffix may stand as its own token: CHP 'li
            li = LI_TOKEN.matcher(TurkishCase.lower(ix.tokens().get(next).text())).find();
            next++;
        }
        if (!li) {
            return false;
        }
        for (int k = next; k < ix.tokens().size() && k <= next + 2; k++) {
            Token t = ix.tokens().get(k);
            if (t.kind() != TokenKind.WORD || Words.capitalWord(t) || ix.inMention(k)) {
                return false;
            }
            String a = t.morph() == null || t.morph().analysis() == null ? "" : t.morph().analysis();
            if (!Verbs.isVerb(t) && a.contains("+NOUN") && a.contains("+A3PL")) {
                return true;
            }
        }
        return false;
    }

    /** A person, or an organisation that is no possessor or title and not where one goes to or comes from. */
    static boolean party(ArticleIndex ix, String type, ArticleIndex.Located m) {
        // an organisation one goes to or comes from (Hastanesi'ne gelerek, CHP'den istifa eden) takes no part
        return m.is("PERSON") || m.is("ORGANIZATION") && !possessorOrTitle(ix, m)
                && !(moving(type) && ("Dat".equals(m.mention().grammaticalCase()) || "Abl".equals(m.mention().grammaticalCase())));
    }

    /** Tokens of the sentence inside round brackets: abbreviations and agency credits ((AA), (DHA)). */
    static boolean[] bracketed(ArticleIndex ix, Sentence s) {
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

    /** A mention in the nominative: no case suffix by the reading nor after the apostrophe (Uzungöl'ü is accusative). */
    static boolean nominative(ArticleIndex ix, ArticleIndex.Located m) {
        String text = m.mention().text();
        if (m.last() + 1 < ix.tokens().size()
                && NUMBER_WITH_CASE.matcher(ix.tokens().get(m.last() + 1).text()).matches()) {
            // İMOB 2013'ü, Zirvesi 2021'e: the case of a name ending in a year stands after the year
            return false;
        }
        if (Apostrophes.suffixStart(text) > 0) {
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
        String suf = TurkishCase.lower(Apostrophes.suffix(text));
        return !(suf.isEmpty() || "ler".equals(suf) || "lar".equals(suf));
    }

    /**
     * A name that is one of the partners of ile or the comitative: followed by ile (or a word with -(y)lA) before any
     * comma or verb, alone or in a list (Erdoğan ve Enerji Bakanı Yıldız ile görüşen Voser).
     */
    static boolean comitative(ArticleIndex ix, ArticleIndex.Located m, int first) {
        for (int k = m.last() + 1; k < first && k <= m.last() + 7; k++) {
            Token t = ix.tokens().get(k);
            if ("ile".equals(ix.key(k)) || "Ins".equals(ArticleIndex.grammaticalCase(t)) && !Verbs.isVerb(t)) {
                return true;
            }
            if (t.kind() != TokenKind.WORD || Verbs.isVerb(t) && !ix.inMention(k)) {
                return false;
            }
        }
        return false;
    }

    /** An organisation in the genitive (a possessor: CHP'nin adayı) or inside a title (İzmir Valisi) is no participant. */
    static boolean possessorOrTitle(ArticleIndex ix, ArticleIndex.Located m) {
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
            } else if (!("(".equals(t.text()) || ")".equals(t.text()) || n == null && Words.capitalWord(t))) {
                return false;
            }
        }
        return false;
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
            if (t.kind() != TokenKind.WORD && !",".equals(t.text())) {
                break;
            }
        }
        int means = next;
        // Birlikleri Genel Sekreterliği organizatörlüğünde: capitalised words of the organiser's unit come first
        while (means < verb - 1 && means <= next + 2 && !ix.inMention(means) && Words.capitalWord(ix.tokens().get(means))) {
            means++;
        }
        String key = ix.key(means);
        if (BY_MEANS.contains(ix.root(next)) || BY_MEANS.contains(ix.root(means)) || key.startsWith("koordinatörlüğ") || key.startsWith("organizatörlüğ")
                || key.startsWith("koordinasyon")) {
            // Bakanlığı koordinatörlüğünde, Birlikleri organizatörlüğünde: who organised it, not who took part
            // Dernek işbirliğiyle düzenlenen, Bakanlığın desteğiyle: who made it possible, not who took part
            return true;
        }
        Token t = ix.tokens().get(next);
        String w = t.text();
        // a name modifying a common noun names its owner, not an actor: Esad rejiminin, Beşiktaş forması, Schalke maçında
        boolean noun = !Verbs.isVerb(t) || COPULA_NOUN.matcher(t.morph().analysis()).matches();
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

    /** A name whose case suffix the text set apart (AK Parti 'nin): a case-marked name, no actor and no party. */
    private static boolean splitSuffix(ArticleIndex ix, ArticleIndex.Located m) {
        int next = m.last() + 1;
        if (next >= ix.tokens().size()) {
            return false;
        }
        String t = ix.tokens().get(next).text();
        return t.length() > 1 && (t.charAt(0) == '\'' || t.charAt(0) == '’') && Character.isLetter(t.charAt(1));
    }

    /** A name made an adjective (PKK'lı Cansız, CHP'li Gökhan, ODTÜ'deki olaylar) describes someone; it takes no part. */
    private static boolean adjective(ArticleIndex.Located m) {
        return ADJECTIVE_SUFFIX.matcher(TurkishCase.lower(m.mention().text())).find();
    }

    /**
     * An organisation or person followed by a capitalised possessed word that no mention covers names part of a longer
     * name (AB Zirvesi için, NATO Karargahı'nda, Fatih Sultan Mehmet Mahallelerinin): a modifier, no party.
     */
    private static boolean nameModifier(ArticleIndex ix, ArticleIndex.Located m, int first) {
        int next = m.last() + 1;
        if (!(m.is("ORGANIZATION") || m.is("PERSON")) || next >= first || ix.startingAt(next) != null
                || ix.inMention(next)) {
            return false;
        }
        Token t = ix.tokens().get(next);
        return Words.capitalWord(t) && Verbs.possessed(t) && !Verbs.isVerb(t) && !RoleAnnotator.isTitleHead(t);
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
            if (t.kind() == TokenKind.PUNCT && !"'".equals(t.text()) && !"’".equals(t.text())) {
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

    private static boolean moving(String type) {
        return "meeting".equals(type) || "visit".equals(type) || "congratulation".equals(type);
    }

    /** A nationality adjective before a common noun (kaybolan Özbek askerle): it describes someone, it is no name. */
    private static boolean nationality(ArticleIndex ix, ArticleIndex.Located m) {
        int next = m.last() + 1;
        return m.first() == m.last() && NATIONALITIES.contains(TurkishCase.lower(m.mention().text()))
                && next < ix.tokens().size() && ix.tokens().get(next).kind() == TokenKind.WORD
                && !Words.capitalWord(ix.tokens().get(next));
    }

    /**
     * A person entity whose name glues two other persons' surnames (Davutoğlu Biden from "Davutoğlu'nun, Biden ile"):
     * its first word ends another person's name and its last word ends a third's; or a kinship word glued to a surname
     * (Amca Güney).
     */
    static boolean glued(Article a, EntityRef r) {
        String[] w = r.name() == null ? new String[0] : r.name().split("\\s+");
        if (w.length > 1 && KINSHIP.contains(TurkishCase.lower(w[0]))) {
            // Amca Güney: a kinship word glued to a surname names no one
            return true;
        }
        if (w.length != 2) {
            return false;
        }
        boolean head = false;
        boolean tail = false;
        for (Entity e : a.entities()) {
            if (e.id().equals(r.entity()) || !"PERSON".equals(e.type()) || e.name() == null) {
                continue;
            }
            String[] o = e.name().split("\\s+");
            head |= o.length > 1 && o[o.length - 1].equals(w[0]);
            tail |= o.length > 1 && o[o.length - 1].equals(w[1]);
        }
        return head && tail;
    }

    private static final Set<String> SOURCE_NOUNS = Set.of("açıklama", "ifade", "haber", "demeç", "beyan", "bildiri",
            "kaynak", "iddia");

    /**
     * The source of what the sentence tells, not a party to it: a name before göre (Uysal'a göre), or a name in the
     * genitive owning a statement in the locative or before göre (Uysal'ın açıklamasında, ajansın haberine göre).
     */
    static boolean source(ArticleIndex ix, ArticleIndex.Located m, int first) {
        int next = m.last() + 1;
        if (next < first && "göre".equals(ix.key(next))) {
            return true;
        }
        if (!m.genitive()) {
            return false;
        }
        for (int k = next; k < Math.min(first, next + 3); k++) {
            if (SOURCE_NOUNS.contains(ix.root(k)) && !Verbs.isVerb(ix.tokens().get(k))) {
                String c = ArticleIndex.grammaticalCase(ix.tokens().get(k));
                return "Loc".equals(c) || k + 1 < first && "göre".equals(ix.key(k + 1));
            }
        }
        return false;
    }
}
