package dev.kulis.events;

import dev.kulis.model.Article;
import dev.kulis.model.Event;
import dev.kulis.model.Sentence;
import dev.kulis.model.TimeExpression;
import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.text.TurkishCase;
import java.util.List;
import java.util.Set;

/**
 * Dated elections: an election word ({@code seçim}, {@code referandum}) with a date a few words away in the same
 * sentence, its modality from the future forms between them or from the verb that holds it right after the date
 * ({@code seçimlerinin 27 Nisan'da yapılacağı}), else from the date against the article's date.
 */
final class Elections {
    private static final Set<String> ELECTION = EventAnnotator.words("election-words.txt");
    private static final Set<String> ELECTION_COMPOUNDS = EventAnnotator.words("election-compounds.txt");
    private static final Set<String> EXPECT_VERBS = Set.of("bekle", "beklen", "planla", "planlan", "öngör", "öngörül");
    /** Verbs that hold an election; git as in referanduma gidecek, sandığa gidildi (to go to the polls). */
    private static final Set<String> HOLD_VERBS = Set.of("yap", "gerçekleş", "gerçekleştir", "düzenle", "yenile", "git");

    private Elections() {
    }

    /** Whether token {@code i} is an election word: not an institution's name, not a compound (seçim bölgesi). */
    static boolean wordAt(ArticleIndex ix, Sentence s, int i) {
        return ELECTION.contains(ix.root(i)) && !properName(ix.tokens().get(i), i, s)
                && !(i + 1 < s.lastToken() && ELECTION_COMPOUNDS.contains(ix.root(i + 1)));
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

    /** A dated election: the election word with a date expression a few tokens away in the same sentence. */
    static Event dated(ArticleIndex ix, Sentence s, int w) {
        List<Token> toks = ix.tokens();
        Article a = ix.article();
        if (choosing(ix, s, w)) {
            // hisse bazında seçimler, hisse senedi seçimi: seçim as the common noun of choosing names no election
            return null;
        }
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
        if (best == null || best.value() == null) {
            // bir yıl önce: a date that resolves to nothing dates no election
            return null;
        }
        int ti = ix.tokenAt(best.start());
        for (int k = Math.max(s.firstToken(), ti - 2); k < ti; k++) {
            if (ix.root(k).startsWith("kesinleş")) {
                // seçim sonuçlarının kesinleşeceği 30 Ocak: the day the results become final dates no election
                return null;
            }
        }
        int from = Math.min(ti, w);
        int to = Math.max(ix.tokenAt(best.end() - 1), w);
        for (int k = from + 1; k < to; k++) {
            if (Verbs.isVerb(toks.get(k)) && !ix.inMention(k) && !HOLD_VERBS.contains(ix.root(k))
                    && !EXPECT_VERBS.contains(ix.root(k)) && !(ti < w && toks.get(k).morph().analysis().contains("PART"))) {
                // bir seçime engel olacağını sebep göstererek 21 Ocak'ta açlık grevine başladı: a verb of another clause
                // between the election and the date; the date is that clause's (a participle after a date may
                // describe the election: 16 Aralık'ta yapılan seçimler)
                return null;
            }
        }
        if (to + 1 < s.lastToken() && Verbs.isVerb(toks.get(to + 1)) && HOLD_VERBS.contains(ix.root(to + 1))) {
            // the verb that holds the election may follow its date: seçimlerin 27 Nisan'da yapılacağı
            to++;
        }
        for (int k = s.firstToken(); k <= to; k++) {
            Token t = toks.get(k);
            if (Verbs.isVerb(t) && (ArticleIndex.hasTag(t, "COND") || ArticleIndex.hasTag(t, "DESR")) && !"ise".equals(ix.key(k))) {
                // referanduma gidilse bile 27 Ekim 2013 tarihinde seçim yapılmasında sıkıntı olmaz: a supposition
                // (a condition or a concession before the date) tells no election held or set
                return null;
            }
        }
        boolean proposal = false;
        if (to + 1 < s.lastToken() && Verbs.isVerb(toks.get(to + 1)) && !HOLD_VERBS.contains(ix.root(to + 1))
                && toks.get(to + 1).morph().analysis().contains("INF") && ArticleIndex.hasTag(toks.get(to + 1), "ACC")) {
            // seçimin 27 Ekim 2013'e çekilmesini öngören teklif: a date proposed, not an election held
            to++;
            proposal = true;
        }
        String modality = proposal ? "planned" : "past";
        Token hold = toks.get(to);
        boolean dativeNoun = ArticleIndex.hasTag(hold, "NEG") && ArticleIndex.hasTag(hold, "OPT") && to + 1 < s.lastToken()
                && toks.get(to + 1).kind() == dev.kulis.model.TokenKind.WORD;
        // referanduma gitme kararı: a bare -mA before a possessed noun is a verbal noun, not a negative imperative
        boolean nounCompound = to + 1 < s.lastToken() && ArticleIndex.hasTag(hold, "NEG") && ArticleIndex.hasTag(hold, "IMP")
                && Verbs.possessed(toks.get(to + 1)) && !Verbs.isVerb(toks.get(to + 1));
        if (HOLD_VERBS.contains(ix.root(to)) && Verbs.isVerb(hold)
                && (hold.morph().analysis().contains("INF") || dativeNoun || nounCompound)) {
            // seçimlerin 27 Ekim'de yapılmasını (istedi), referandum yapmaya hazırlanan: a proposal or a plan
            // seçimlerin 27 Ekim'de yapılmasını (istedi, içeren): a proposal
            modality = "planned";
        }
        for (int k = from; k <= to; k++) {
            if (ArticleIndex.hasTag(toks.get(k), "FUT") || ArticleIndex.hasTag(toks.get(k), "FUTPART")) {
                modality = "future";
            }
        }
        for (int k = from; k <= Math.min(to + 1, s.lastToken() - 1); k++) {
            if (EXPECT_VERBS.contains(ix.root(k)) && Verbs.isVerb(toks.get(k))) {
                // Temmuz'da düzenlenmesi beklenen seçimler: expected, not held
                modality = "future";
            }
        }
        if (proposal) {
            // öngören, beklenen after a proposed date: still a proposal
            modality = "planned";
        }
        String date = a.metadata().date();
        if ("past".equals(modality) && date != null && best.value() != null && best.value().compareTo(date) > 0
                && !best.value().startsWith(date)) {
            modality = "future";
        }
        if ("past".equals(modality) && date == null && (best.value() == null || best.value().startsWith("X"))) {
            // no year and no article date (24-25 Şubat'taki seçime, geçen yıl): whether it was held is unknown
            boolean held = false;
            for (int k = from; k <= to; k++) {
                held |= HOLD_VERBS.contains(ix.root(k)) && Verbs.isVerb(toks.get(k));
            }
            if (!held) {
                return null;
            }
        }
        if ("past".equals(modality) && date == null && bareYear(best.value()) && latestYear(a, best.value())
                && futureAfter(ix, w, s.lastToken())) {
            // 2014 yerel seçimlerinde … görmekten memnuniyet duyacaklarını: with no article date, the latest year the
            // article names, told with a future form, is to come
            modality = "future";
        }
        int start = toks.get(from).start();
        int end = toks.get(to).end();
        return new Event("election", start, end, a.text().substring(start, end), List.of(), null, best.value(),
                modality);
    }

    /**
     * Seçim read as choosing: after {@code bazında}/{@code bazlı}, or the head of a compound whose modifier is a common
     * noun of no political sense (hisse senedi seçimi, ürün seçimi), in a sentence with no political word (yerel, genel,
     * ara, cumhurbaşkanlığı, sandık, aday, parti, seçmen, oy …) nor a party or assembly named.
     */
    static boolean choosing(ArticleIndex ix, Sentence s, int w) {
        if (!"seçim".equals(ix.root(w)) || w == s.firstToken()) {
            return false;
        }
        String prev = ix.key(w - 1);
        boolean cue = prev.startsWith("baz") || !ix.inMention(w - 1) && POLITICAL_CUES.stream().noneMatch(prev::startsWith)
                && ix.tokens().get(w - 1).morph() != null && "NOUN".equals(ix.tokens().get(w - 1).morph().pos())
                && ix.tokens().get(w).morph() != null && (ArticleIndex.hasTag(ix.tokens().get(w), "P3SG") || ArticleIndex.hasTag(ix.tokens().get(w), "P3PL"))
                && Character.isLowerCase(ix.tokens().get(w - 1).text().charAt(0));
        if (!cue) {
            return false;
        }
        for (int k = s.firstToken(); k < s.lastToken(); k++) {
            String key = ix.key(k);
            ArticleIndex.Located m = ix.startingAt(k);
            if (k != w && POLITICAL_CUES.stream().anyMatch(key::startsWith) || m != null && m.is("ORGANIZATION")
                    && POLITICAL_ORGS.stream().anyMatch(o -> ix.key(m.last()).startsWith(o) || m.entity().name().contains("Parti"))) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> POLITICAL_CUES = List.of("yerel", "genel", "ara", "cumhurbaşkan", "başkan", "kurul", "kongre", "yönetim", "üye", "baro", "oda",
            "sendika", "temsilci", "rektör", "dekan", "muhtar", "lider", "erken",
            "sandık", "aday", "parti", "seçmen", "oy", "milletvekil", "meclis", "parlamento", "belediye", "referandum",
            "muhalefet", "iktidar", "kampanya", "seçim");
    private static final List<String> POLITICAL_ORGS = List.of("parti", "meclis", "chp", "mhp", "bdp", "akp", "hdp");

    /**
     * Elections dated by a bare year read as past when the article has no date, though the article tells of an
     * earlier or the same year's election yet to come (2015'te yapılacak genel seçim … 2015'teki genel seçimde): a year
     * no earlier than a coming election's is to come as well.
     */
    static List<Event> consistentYears(List<Event> events) {
        String firstFuture = null;
        for (Event e : events) {
            if ("election".equals(e.type()) && "future".equals(e.modality()) && bareYear(e.time())
                    && (firstFuture == null || e.time().compareTo(firstFuture) < 0)) {
                firstFuture = e.time();
            }
        }
        if (firstFuture == null) {
            return events;
        }
        List<Event> out = new java.util.ArrayList<>(events.size());
        for (Event e : events) {
            if ("election".equals(e.type()) && "past".equals(e.modality()) && bareYear(e.time())
                    && e.time().compareTo(firstFuture) >= 0) {
                e = new Event(e.type(), e.start(), e.end(), e.text(), e.participants(), e.place(), e.time(), "future");
            }
            out.add(e);
        }
        return out;
    }

    private static boolean bareYear(String t) {
        return t != null && t.matches("\\d{4}");
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

    /** Whether no date of the article names a later year than {@code year}. */
    private static boolean latestYear(Article a, String year) {
        for (TimeExpression t : a.times()) {
            String v = t.value();
            if (v != null && v.length() >= 4 && v.substring(0, 4).matches("\\d{4}") && v.substring(0, 4).compareTo(year) > 0) {
                return false;
            }
        }
        return true;
    }

    /** A future verb or participle (-AcAk) after the election word in its sentence. */
    private static boolean futureAfter(ArticleIndex ix, int w, int end) {
        for (int k = w + 1; k < end; k++) {
            Token t = ix.tokens().get(k);
            if (Verbs.isVerb(t) && (ArticleIndex.hasTag(t, "FUT") || ArticleIndex.hasTag(t, "FUTPART"))) {
                return true;
            }
        }
        return false;
    }
}
