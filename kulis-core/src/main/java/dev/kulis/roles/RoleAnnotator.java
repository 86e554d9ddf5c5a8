package dev.kulis.roles;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Role;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.pipeline.Annotator;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads titles into roles: a title phrase before a person mention ({@code CHP'nin İzmir Büyükşehir Belediye
 * Başkanı adayı Tunç Soyer}) or in apposition after one ({@code Ali Demir, Kars Valisi, …}) becomes a
 * {@link Role} with its normalised office, the organisation or place of the office, its status (from
 * {@code adayı}, {@code eski}, {@code yardımcısı}, {@code vekili}) and the party of a genitive party
 * mention. A bare title ({@code Başkan Kocaoğlu}) takes the fuller office stated elsewhere in the article for
 * that person. The relations that follow from roles and kinship words are added by {@link RelationFinder}.
 */
public final class RoleAnnotator implements Annotator {
    /** A role with what the relation layer needs beyond the model record. */
    record Found(Role role, EntityRef organization, String kind, boolean bare, String headRoot, boolean weak,
            boolean genitive) {
        /** A role named by a fuller office stated elsewhere (resolveBare). */
        Found with(Role r, EntityRef org) {
            return new Found(r, org, kind, false, headRoot, false, genitive);
        }
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("sı", "si", "su", "sü", "ı", "i", "u", "ü");
    /** Particles that never end a full name: a person named "Sabah el" is a name cut short by the entity layer. */
    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("el", "al", "bin", "ibn", "de", "van",
            "von", "der", "ben", "abu", "ebu", "la", "le", "di", "da", "du");

    /** News agencies whose name the entity layer may run into a person's (Ahmed Ömer AA muhabirine). */
    private static final java.util.Set<String> AGENCIES = java.util.Set.of("AA", "DHA", "İHA", "ANKA", "AFP", "CHA");

    private final RoleLexicon lex = RoleLexicon.SHARED;
    private final OfficeText officeText = new OfficeText(lex);
    private final TitleEdges edges = new TitleEdges(lex);

    /** Whether the token heads a title (Başkanı, Valisi, direktörü): for layers that must not read it as a participant. */
    public static boolean isTitleHead(Token t) {
        return RoleLexicon.SHARED.officeKind(t) != null;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Article annotate(Article article) {
        ArticleIndex ix = ArticleIndex.of(article);
        List<Found> found = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                String kind = lex.officeKind(ix, i);
                if (kind != null) {
                    Found f = title(ix, s, i, kind);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
        }
        List<Found> roles = merge(resolveBare(ownedElsewhere(found)));
        List<Role> out = roles.stream().map(Found::role).toList();
        return article.withRoles(out).withRelations(new RelationFinder().find(ix, roles));
    }

    private Found title(ArticleIndex ix, Sentence s, int head, String kind) {
        List<Token> toks = ix.tokens();
        String status = lex.compoundStatus(ix, head);
        status = status == null ? "incumbent" : status;
        int j = head + 1;
        int titleEnd = head;
        while (j < s.lastToken() && lex.statusAfter(ix, j) != null) {
            status = lex.statusAfter(ix, j);
            titleEnd = j;
            j++;
        }
        // left: modifiers, organisation / place, owner in the genitive, status words before
        EntityRef org = null;
        boolean orgIsPlace = false;
        EntityRef party = null;
        int modStart = head;
        int evidenceStart = head;
        int b = head - 1;
        while (b >= s.firstToken()) {
            Token t = toks.get(b);
            ArticleIndex.Located m = ix.endingAt(b);
            if (m != null && m.is("PERSON")) {
                break;
            }
            if (")".equals(t.text()) && b - 2 >= s.firstToken() && "(".equals(toks.get(b - 2).text())
                    && TurkishCase.isAllCaps(toks.get(b - 1).text())
                    && (modStart < head || b - 3 >= s.firstToken() && nameBefore(ix, b - 3))) {
                // an abbreviation in brackets inside the title: Birleşmiş Milletler (BM) Genel Sekreteri
                if (edges.abbreviationUnfit(ix, s, b - 2)) {
                    // Çerkezköy (OSB) Başkanı: the name the abbreviation stands for was cut
                    return null;
                }
                b -= 3;
                continue;
            }
            if ("-".equals(t.text()) && b - 1 >= s.firstToken() && b + 1 < head && capital(toks.get(b - 1))
                    && capital(toks.get(b + 1)) && toks.get(b - 1).end() == t.start() && t.end() == toks.get(b + 1).start()) {
                // a hyphenated name inside the title: Bosna-Hersek Cumhurbaşkanı
                modStart = b - 1;
                evidenceStart = Math.min(evidenceStart, b - 1);
                b -= 2;
                continue;
            }
            if (",".equals(t.text()) && b - 1 >= s.firstToken() && b + 1 < head && lex.isInstitution(ix, b - 1)
                    && lex.isInstitution(ix, b + 1) && modStart <= b + 1) {
                // a list of ministry words: Gıda, Tarım ve Hayvancılık Bakanı
                modStart = b - 1;
                evidenceStart = Math.min(evidenceStart, b - 1);
                b -= 2;
                continue;
            }
            if ("ve".equals(t.text()) && modStart == b + 1 && b - 1 >= s.firstToken() && ix.endingAt(b - 1) == null
                    && capitalisedModifier(ix, s, b - 1) && !proper(ix.tokens().get(b - 1))
                    && lex.officeKind(ix, b - 1) == null) {
                // two capitalised names joined inside the title: Suriye Muhalefeti ve Devrimci Güçler … Koalisyonu
                modStart = b - 1;
                evidenceStart = Math.min(evidenceStart, b - 1);
                b -= 2;
                continue;
            }
            if (institutionAt(ix, s, b, head)) {
                // a ministry or staff word (Dışişleri, Milli Eğitim, Enerji ve Tabii Kaynaklar), also when tagged
                int from = m != null && institutional(ix, m) ? m.first() : b;
                modStart = from;
                evidenceStart = Math.min(evidenceStart, from);
                b = from - 1;
                continue;
            }
            if (lex.statusBefore(ix, b) != null) {
                if ("incumbent".equals(status)) {
                    status = lex.statusBefore(ix, b);
                }
                evidenceStart = b;
                b--;
                continue;
            }
            if (m != null && edges.swallowsSurname(ix, m)) {
                // Mücahit Fındıklı ve Enerji Piyasası Düzenleme Kurulu Başkanı: the title begins after "ve"
                modStart = m.first() + 2;
                evidenceStart = Math.min(evidenceStart, modStart);
                b = m.first() + 1;
                break;
            }
            if (m != null && (m.is("ORGANIZATION") || m.is("LOCATION"))) {
                String c = m.genitive() ? "Gen" : TitleEdges.grammaticalCase(m);
                boolean party0 = m.is("ORGANIZATION") && lex.isParty(m.entity().name());
                if ("Gen".equals(c)) {
                    if (party0) {
                        party = m.ref();
                    } else if (org == null || orgIsPlace && m.is("ORGANIZATION")) {
                        org = m.ref();
                    }
                    evidenceStart = m.first();
                    break;
                }
                if (c == null || "Nom".equals(c)) {
                    if (party0 && party == null) {
                        party = m.ref();
                    }
                    if (org == null || orgIsPlace && m.is("ORGANIZATION") && !party0) {
                        // the branch's place gives way to the organisation (… Derneği Konya Şube Başkanı)
                        org = m.ref();
                        orgIsPlace = m.is("LOCATION");
                    }
                    modStart = m.first();
                    evidenceStart = m.first();
                    b = m.first() - 1;
                    continue;
                }
                break;
            }
            if (lex.isModifier(ix, b) || capitalisedModifier(ix, s, b)
                    || b == s.firstToken() && modStart == b + 1 && initialTitleWord(ix, b)) {
                if (party == null) {
                    party = partyNamed(ix, b);
                }
                modStart = b;
                evidenceStart = Math.min(evidenceStart, b);
                b--;
                continue;
            }
            break;
        }
        if (edges.lostCoordination(ix, s, modStart) || lex.isComplementWord(ix, modStart)
                || edges.afterOrdinal(ix, modStart) || edges.closesPreviousName(ix, s, modStart, head)
                || edges.personBefore(ix, s, modStart) && lex.isOwned(lex.headOf(ix, head))) {
            // Ar-Ge ve Üretim Direktörü, … İletişimden Sorumlu Genel Müdür, Doğan Manav İşletme Müdürü: a cut office
            return null;
        }
        if (edges.caseMarkedStart(ix, modStart, head)) {
            // Geceye Kuzey Gazetecilik Yönetim Kurulu Başkanı: the organisation mention took the adverbial in
            ArticleIndex.Located glued = ix.startingAt(modStart);
            if (glued != null && org != null && glued.entity().id().equals(org.entity())) {
                org = null;
            }
            evidenceStart = evidenceStart == modStart ? modStart + 1 : evidenceStart;
            modStart++;
        }
        if ((org == null || orgIsPlace) && b >= s.firstToken() && genericOwnerGenitive(toks.get(b))) {
            // Şirketin Çin sözcüsü, şirketin Türkiye CEO'su: the place is the branch of an owner the title leaves unnamed
            return null;
        }
        if (modStart < head && lex.isNotTitleWord(ix, modStart) && genericOnly(ix, modStart + 1, head)
                && lex.isOwned(lex.headOf(ix, head))) {
            // Yeni Yönetim Kurulu Başkanı, read as an organisation "Yeni Yönetim Kurulu": generic words, no owner
            return null;
        }
        if ("incumbent".equals(status) && b > s.firstToken() && "ve".equals(toks.get(b).text())) {
            // eski Başbakan ve Dışişleri Bakanı Juppe: the status word before the first title covers both
            String shared = sharedStatus(ix, s, b);
            // eski Dışişleri Bakanı ve Kuzey Partisi Genel Başkanı: a second post with an owner of its own (a party,
            // an organisation, a place) is one held now; the status word covers only the bare first one
            status = shared != null && org == null && party == null ? shared : status;
        }
        if (party == null) {
            party = distantParty(ix, s, b);
        }
        boolean bare = modStart == head;
        if (org == null && party == null && (bare && ownerless(toks.get(head))
                || !bare && genericOnly(ix, modStart, head) && possessedHead(toks.get(head)))) {
            // Genel Müdürü, Şube Başkanı: a possessed head with only generic words names the post of an owner
            // the owner may stand further left (AB Komisyonu'nun genişlemeden sorumlu üyesi): else no role
            ArticleIndex.Located owner = distantOwner(ix, s, b);
            if (owner == null) {
                return null;
            }
            org = owner.ref();
        }
        ArticleIndex.Located person = j < s.lastToken() ? ix.startingAt(j) : null;
        int evidenceEnd;
        if (person != null && person.is("PERSON")) {
            if (edges.cutName(ix, s, person)) {
                return null;
            }
            evidenceEnd = person.mention().end();
        } else {
            person = apposed(ix, s, modStart, evidenceStart, j);
            String hc = ArticleIndex.grammaticalCase(toks.get(head));
            // an apposed title stands in the nominative (Ali Demir, Kars Valisi,), never a dative (AA muhabirine)
            if (person == null || bare && "incumbent".equals(status) || hc != null && !"Nom".equals(hc)) {
                return null;
            }
            evidenceStart = person.first();
            evidenceEnd = toks.get(titleEnd).end();
        }
        String[] words = person.entity().name().split(" ");
        if (words.length > 1 && (NAME_PARTICLES.contains(words[words.length - 1])
                || AGENCIES.contains(words[words.length - 1]))) {
            // Sabah el, Ahmed Ömer AA (muhabirine): a name cut short or run into the next word
            return null;
        }
        String headWord = lex.headOf(ix, head);
        String office = officeText.office(toks, modStart, head, bare, headWord);
        if (bare && headWord != null && compoundStatusFree(toks.get(head), headWord)) {
            // a bare title is named by its head (Bakanı, Bakan → Bakan) so that one person gets one role per head
            office = lex.isAbbreviation(headWord) ? TurkishCase.upper(headWord) : TurkishCase.title(headWord);
        } else if (!bare && headWord != null && !lex.isCompound(headWord) && !lex.isAbbreviation(headWord)) {
            office = OfficeText.possessed(office, headWord);
        }
        // Başkanı Ali Demir, Genel Müdür Ali Demir: an owned post with no owner named needs a fuller office elsewhere
        boolean weak = org == null && party == null && lex.isOwned(headWord)
                && (bare ? possessedHead(toks.get(head)) : genericOnly(ix, modStart, head));
        int start = toks.get(evidenceStart).start();
        Role role = new Role(start, evidenceEnd, ix.article().text().substring(start, evidenceEnd), person.ref(),
                office, org == null ? null : org.name(), status, party);
        boolean genitive = evidenceEnd == person.mention().end() && person.first() == j && person.genitive();
        return new Found(role, org, kind, bare, headWord != null ? headWord : ix.root(head), weak, genitive);
    }

    /**
     * A lower-case head in its possessed form ({@code kaptanı}, {@code üyesi}, {@code sözcüsü}) names the post of an
     * owner; with no organisation, team or party named in the title it is no role ({@code takımın kaptanı Ali}).
     */
    private boolean ownerless(Token t) {
        String w = t.text();
        String h = lex.headOf(t);
        if (w.isEmpty() || h == null || lex.isCompound(h)) {
            return false;
        }
        String suffix = Apostrophes.suffix(w);
        if (!suffix.isEmpty()) {
            // an abbreviation in its possessed form (CEO'su) names a post of an owner just as kaptanı does
            return POSSESSIVES.contains(TurkishCase.lower(suffix));
        }
        if (!Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        return !ArticleIndex.key(t).equals(h) && lex.compoundStatus(t) == null;
    }

    /** A generic organisation noun in the genitive (şirketin, Şirketin, kulübün), read as a genitive or as P2SG. */
    private boolean genericOwnerGenitive(Token t) {
        String key = ArticleIndex.key(t);
        String root = ArticleIndex.root(t);
        if (!lex.isGenericOwnerWord(root) || key.length() <= root.length() + 1) {
            return false;
        }
        return key.endsWith("in") || key.endsWith("ın") || key.endsWith("un") || key.endsWith("ün");
    }

    /** Whether every word of the title before its head is a generic modifier (genel, il, şube, yönetim kurulu). */
    private boolean genericOnly(ArticleIndex ix, int from, int head) {
        for (int k = from; k < head; k++) {
            // a mayor's town goes without saying in local news (Belediye Başkanı Ali Demir): not generic
            if (!(lex.isModifier(ix, k) || lex.isGenericOwner(ix, k)) || "belediye".equals(ix.key(k))) {
                return false;
            }
        }
        return true;
    }

    /** A head in its possessed form (Müdürü, Başkanı), not a compound (Cumhurbaşkanı) nor a status compound. */
    private boolean possessedHead(Token t) {
        String h = lex.headOf(t);
        return h != null && !lex.isCompound(h) && !ArticleIndex.key(t).equals(h) && lex.compoundStatus(t) == null;
    }

    private static boolean proper(Token t) {
        return t.morph() == null || t.morph().proper() || "PROPN".equals(t.morph().pos());
    }

    private static boolean capital(Token t) {
        return t.kind() == TokenKind.WORD && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /** Whether the head token is the head itself or its possessed form (bakanı), not a compound (başkanvekili). */
    private boolean compoundStatusFree(Token t, String headWord) {
        return lex.compoundStatus(t) == null && ArticleIndex.key(t).length() <= headWord.length() + 2;
    }

    /** A person before the title in apposition ({@code Ali Demir, Kars Valisi,}) when nothing names one after it. */
    private ArticleIndex.Located apposed(ArticleIndex ix, Sentence s, int modStart, int evidenceStart, int after) {
        List<Token> toks = ix.tokens();
        int comma = evidenceStart - 1;
        if (comma - 1 < s.firstToken() || !",".equals(toks.get(comma).text())) {
            return null;
        }
        if (after < s.lastToken()) {
            String next = toks.get(after).text();
            if (!",".equals(next) && !".".equals(next)) {
                return null;
            }
        }
        ArticleIndex.Located p = ix.endingAt(comma - 1);
        if (p == null || !p.is("PERSON")) {
            return null;
        }
        String c = p.mention().grammaticalCase();
        return c == null || "Nom".equals(c) ? p : null;
    }

    /**
     * A ministry or staff word of the title at {@code b} (Dışişleri, Savunma, Genel Kurmay), read whatever the
     * entity layer or the morphology made of it; {@code ve} only between two of them (Enerji ve Tabii Kaynaklar).
     */
    private boolean institutionAt(ArticleIndex ix, Sentence s, int b, int head) {
        List<Token> toks = ix.tokens();
        Token t = toks.get(b);
        ArticleIndex.Located m = ix.endingAt(b);
        if (m != null && !institutional(ix, m)) {
            return false;
        }
        if (lex.isInstitution(ix, b)) {
            return true;
        }
        return "ve".equals(t.text()) && b - 1 >= s.firstToken() && b + 1 < head && lex.isInstitution(ix, b - 1)
                && lex.isInstitution(ix, b + 1);
    }

    /** A mention made only of ministry words (an ORG "Dışişleri" or "Milli Eğitim"): part of the office, no organisation. */
    private boolean institutional(ArticleIndex ix, ArticleIndex.Located m) {
        for (int k = m.first(); k <= m.last(); k++) {
            Token t = ix.tokens().get(k);
            if (!lex.isInstitution(ix, k) && !"ve".equals(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** A status word before another office head just before {@code ve} ({@code eski Başbakan ve}), or null. */
    private String sharedStatus(ArticleIndex ix, Sentence s, int ve) {
        for (int k = ve - 1; k >= s.firstToken() && k >= ve - 3; k--) {
            if (lex.officeKind(ix, k) != null) {
                for (int j = k - 1; j >= s.firstToken() && j >= k - 3; j--) {
                    String st = lex.statusBefore(ix, j);
                    if (st != null) {
                        return st;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** An entity mention or a capitalised word ends at {@code i}: what an abbreviation in brackets may follow. */
    private static boolean nameBefore(ArticleIndex ix, int i) {
        return ix.endingAt(i) != null || capital(ix.tokens().get(i));
    }

    /** A capitalised word inside the title (Dışişleri, Büyükşehir): not the first word of the sentence unless proper. */
    private boolean capitalisedModifier(ArticleIndex ix, Sentence s, int b) {
        Token t = ix.tokens().get(b);
        if (t.kind() != TokenKind.WORD || t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
            return false;
        }
        if (ix.startingAt(b) != null || t.text().indexOf('\'') >= 0 || t.text().indexOf('’') >= 0
                || lex.isNotTitleWord(ix, b)) {
            return false;
        }
        if (b > s.firstToken() && (TitleEdges.capitalName(ix.tokens(), b) || TitleEdges.verbalNoun(ix.tokens(), b))) {
            // HAFELE Türkiye CEO'su, SADRA Tersane Müdürü; İşletme Müdürü, Pazarlama Müdürü
            return true;
        }
        String c = ArticleIndex.grammaticalCase(t);
        if (c != null && !"Nom".equals(c)) {
            return false;
        }
        if (t.morph() != null && "VERB".equals(t.morph().pos())) {
            return false;
        }
        if (t.morph() != null && "PRON".equals(t.morph().pos()) && (b == s.firstToken() || !capital(ix.tokens().get(b - 1)))) {
            // a capitalised pronoun (Bazıları) starts the sentence, not the title; inside a name it stays (Eğitim Bir Sen)
            return false;
        }
        return b > s.firstToken() || t.morph() != null && t.morph().proper();
    }

    /**
     * The sentence's first word opening a run of capitalised title words (Mesleki Hizmetler Genel Müdürü,
     * Ordu Gıda, Tarım ve Hayvancılık Müdürü): a noun or adjective in the nominative, not a word that stands
     * before titles without being part of them (Dün, Yeni, Sayın: not-title-words.txt).
     */
    private boolean initialTitleWord(ArticleIndex ix, int b) {
        Token t = ix.tokens().get(b);
        if (t.kind() != TokenKind.WORD || !capital(t) || t.morph() == null || lex.isNotTitleWord(ix, b)
                || t.text().indexOf('\'') >= 0 || t.text().indexOf('’') >= 0 || ix.startingAt(b) != null) {
            return false;
        }
        if (TitleEdges.capitalName(ix.tokens(), b)) {
            return true;
        }
        String c = ArticleIndex.grammaticalCase(t);
        String pos = t.morph().pos();
        return (c == null || "Nom".equals(c)) && ("NOUN".equals(pos) || "ADJ".equals(pos) || "PROPN".equals(pos));
    }

    /** A genitive organisation a few tokens before a possessed title, no person or finite verb between. */
    private ArticleIndex.Located distantOwner(ArticleIndex ix, Sentence s, int from) {
        for (int b = from; b >= s.firstToken() && b > from - 5; b--) {
            ArticleIndex.Located m = ix.endingAt(b);
            if (m == null) {
                Token t = ix.tokens().get(b);
                if (t.kind() != TokenKind.WORD || t.morph() != null && "VERB".equals(t.morph().pos())
                        && t.morph().analysis() != null && !t.morph().analysis().contains("^DB")) {
                    return null;
                }
                continue;
            }
            return m.is("ORGANIZATION") && m.genitive() ? m : null;
        }
        return null;
    }

    /**
     * A party the entity layer found elsewhere in the article but not at this word of the title ({@code BDP İstanbul
     * Milletvekili} after {@code BDP'li vekiller}): the word in capitals is the party's name.
     */
    private EntityRef partyNamed(ArticleIndex ix, int b) {
        String w = ix.tokens().get(b).text();
        if (!TurkishCase.isAllCaps(w) || w.length() < 2) {
            return null;
        }
        for (Entity e : ix.article().entities()) {
            if ("ORGANIZATION".equals(e.type()) && e.name().equals(w) && lex.isParty(e.name())) {
                return new EntityRef(e.id(), e.name());
            }
        }
        return null;
    }

    /** A genitive party earlier in the sentence owning the title ({@code CHP'nin 31 Mart'ta … adayı}), no person between. */
    private EntityRef distantParty(ArticleIndex ix, Sentence s, int from) {
        for (int b = from; b >= s.firstToken(); b--) {
            ArticleIndex.Located m = ix.endingAt(b);
            if (m == null) {
                Token t = ix.tokens().get(b);
                if (t.morph() != null && "VERB".equals(t.morph().pos()) && !ArticleIndex.hasTag(t, "FUTPART")
                        && !ArticleIndex.hasTag(t, "PASTPART") && !ArticleIndex.hasTag(t, "PRESPART")) {
                    boolean finite = t.morph().analysis() != null && !t.morph().analysis().contains("PART");
                    if (finite && !ArticleIndex.hasTag(t, "FUT")) {
                        return null;
                    }
                }
                continue;
            }
            if (m.is("PERSON")) {
                return null;
            }
            if (m.is("ORGANIZATION") && m.genitive() && lex.isParty(m.entity().name())) {
                return m.ref();
            }
            b = m.first();
        }
        return null;
    }

    /**
     * A title before a person in the genitive whose office (its organisation, head and status) another person holds
     * in the same article ({@code AP Başkanı Cameron'ın açıklamalarına tepki gösterdi}, Schulz being the AP's president):
     * the title is the subject with its name left out and the genitive owns the object, so it gives no role.
     */
    private static List<Found> ownedElsewhere(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            boolean taken = false;
            if (f.genitive()) {
                for (Found g : found) {
                    if (g != f && !g.genitive() && !sharesName(g.role().person().name(), f.role().person().name())
                            && g.headRoot().equals(f.headRoot()) && g.role().status().equals(f.role().status())
                            && f.role().organization() != null
                            && f.role().organization().equals(g.role().organization())
                            && afterOwner(f.role()).equals(afterOwner(g.role()))) {
                        taken = true;
                        break;
                    }
                }
            }
            if (!taken) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether two person names share a word (Hakan Fidan, Hakan Fidan K.Irak): one person, however the mentions split. */
    private static boolean sharesName(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
        for (String w : b.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The office without its owner's name (Avrupa Parlamentosu Başkanı, AP Başkanı → Başkanı). */
    private static String afterOwner(Role r) {
        String o = r.office();
        String org = r.organization();
        if (org != null && o.startsWith(org + " ")) {
            return o.substring(org.length() + 1);
        }
        int sp = o.indexOf(' ');
        return sp < 0 ? o : o.substring(sp + 1);
    }

    /**
     * A bare title takes the fuller office of the same head stated elsewhere for the same person; a weak one
     * (an owned post with no owner named: Başkanı Ali Demir) is dropped when the article states none.
     */
    private static List<Found> resolveBare(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Found full = null;
            if (f.bare() || f.weak()) {
                for (Found g : found) {
                    if (!g.bare() && !g.weak() && g.headRoot().equals(f.headRoot())
                            && g.role().person().entity().equals(f.role().person().entity())) {
                        full = g;
                        break;
                    }
                }
            }
            if (full != null) {
                Role r = f.role();
                out.add(f.with(new Role(r.start(), r.end(), r.text(), r.person(), full.role().office(),
                        full.role().organization(), r.status(), r.party() != null ? r.party() : full.role().party()),
                        full.organization()));
            } else if (!f.weak()) {
                out.add(f);
            }
        }
        return out;
    }

    /** One role per person, office and status: the first span, with a party if any mention gives one. */
    private static List<Found> merge(List<Found> found) {
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (Found f : found) {
            Role r = f.role();
            String k = r.person().entity() + "\u0000" + r.office() + "\u0000" + r.status();
            Found prev = byKey.get(k);
            if (prev == null) {
                byKey.put(k, f);
            } else if (prev.role().party() == null && r.party() != null) {
                Role p = prev.role();
                byKey.put(k, new Found(new Role(p.start(), p.end(), p.text(), p.person(), p.office(),
                        p.organization(), p.status(), r.party()), prev.organization(), prev.kind(), prev.bare(),
                        prev.headRoot(), prev.weak(), prev.genitive()));
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
