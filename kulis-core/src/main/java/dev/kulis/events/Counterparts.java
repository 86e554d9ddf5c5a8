package dev.kulis.events;

import dev.kulis.model.EntityRef;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The other side some events need: a meeting's partner, a reaction's target. */
final class Counterparts {
    private static final Pattern DATIVE_AFTER_APOSTROPHE = Pattern.compile(".*['’](y?[ae]|n[ae])$");
    private static final Set<String> CELEBRATED = EventAnnotator.words("celebration-words.txt");
    private static final Set<String> DEMONSTRATIVES = Set.of("o", "bu", "şu");

    private Counterparts() {
    }

    /**
     * A kutla with no second named party congratulates someone only when its object is someone (Kendisini kutladım,
     * kız öğrencileri kutladığını); with no object, a demonstrative (her akşam kutladık onu) or a celebrated thing
     * (Zafer Bayramı'nı, yıldönümünü) it is a celebration.
     */
    static boolean celebration(ArticleIndex ix, int from, int first, int verb, int end, List<EntityRef> participants) {
        if (!"kutla".equals(ix.root(first)) || participants.size() >= 2) {
            return false;
        }
        for (int k = from; k <= Math.min(end - 1, verb + 2); k++) {
            Token t = ix.tokens().get(k);
            if (k >= first && k <= verb || t.kind() != TokenKind.WORD || Verbs.isVerb(t)
                    || !"Acc".equals(ArticleIndex.grammaticalCase(t))) {
                continue;
            }
            if (!DEMONSTRATIVES.contains(ix.root(k)) && !CELEBRATED.contains(ix.root(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A meeting has two sides: a partner with ile or the comitative (… ile görüştü, yetkilileriyle), two named
     * parties, or two names in the clause (Mısır, Türkiye ve İran bir araya geldik).
     */
    static boolean partnered(ArticleIndex ix, int from, int verb, List<EntityRef> participants) {
        String va = ix.tokens().get(verb).morph().analysis();
        if (va.contains("^DB+ADJ+PASTPART") || va.contains("^DB+ADJ+FUTPART")) {
            // görüştüğü kişiler: an object relative clause; the people it describes are the other side
            return true;
        }
        int names = 0;
        boolean joined = false;
        // gecede … biraraya geldi, gecesine katılan konuklar: guests gathered at an occasion; only a partner with ile
        // makes it a meeting
        boolean occasion = occasion(ix, from, verb);
        for (int k = from; k < verb; k++) {
            Token t = ix.tokens().get(k);
            boolean range = k > 0 && ix.tokens().get(k - 1).kind() == TokenKind.NUMBER;
            if ("ile".equals(ix.key(k)) && !range || partnerWith(ix, k)) {
                return true;
            }
            // birbirinden önemli isimler: "one more … than the other" describes the guests, it is no reciprocal
            boolean describing = "birbirinden".equals(ix.key(k)) && k + 1 < verb && !Verbs.isVerb(ix.tokens().get(k + 1));
            if (!occasion && !describing && (ix.key(k).startsWith("birbir") || "karşılıklı".equals(ix.key(k)))) {
                return true;
            }
            ArticleIndex.Located m = ix.startingAt(k);
            if (m != null) {
                // a place where people gather is no party: 100 kadın Atatürk Alanı'nda bir araya geldi
                // BDP'den 3 milletvekili … oluşan heyet: names in another case than the nominative are no parties
                boolean subject = Participants.nominative(ix, m) && !m.genitive() && (m.is("PERSON") || m.is("ORGANIZATION"));
                // Sönmez ve Uysal bir araya geldi: two names joined by ve (or a comma) as the reciprocal's subject
                int j = k - 1;
                while (j > from && k - j <= 2 && !ix.inMention(j) && Words.capitalWord(ix.tokens().get(j))) {
                    // Vali Derya Sönmez ve Başkan Kenan Uysal: a title before the second name
                    j--;
                }
                joined |= subject && names > 0 && j >= from && ("ve".equals(ix.key(j)) || ",".equals(ix.key(j)));
                names += subject ? 1 : 0;
                k = m.last();
            }
        }
        return joined;
    }

    private static final Set<String> OCCASIONS = Set.of("gece", "tören", "resepsiyon", "gala", "etkinlik", "kokteyl",
            "yemek", "konser", "düğün", "cenaze", "anma", "festival", "şölen");

    /** An occasion in the dative or locative before the verb (gecede, törene, gecesine): where guests gather. */
    static boolean occasion(ArticleIndex ix, int from, int verb) {
        for (int k = from; k < verb; k++) {
            Token t = ix.tokens().get(k);
            String c = ArticleIndex.grammaticalCase(t);
            if (!ix.inMention(k) && !Verbs.isVerb(t) && OCCASIONS.contains(ix.root(k))
                    && ("Loc".equals(c) || "Dat".equals(c))) {
                return true;
            }
        }
        return false;
    }

    /** A reaction has a target: a dative word (açıklamaya, Uysal'a) or karşı, yönelik, üzerine in its clause. */
    static boolean targeted(ArticleIndex ix, int from, int first) {
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
                    || "üzerine".equals(w) || DATIVE_AFTER_APOSTROPHE.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A partner in the comitative: a name, a pronoun, or someone's or some people's noun (temsilcisiyle,
     * milletvekilleriyle, bizimle); a bare common noun in the instrumental is a manner or a means (coşkuyla, telefonla).
     */
    private static boolean partnerWith(ArticleIndex ix, int k) {
        Token t = ix.tokens().get(k);
        if (!"Ins".equals(ArticleIndex.grammaticalCase(t)) || Verbs.isVerb(t)) {
            return false;
        }
        if (ix.inMention(k)) {
            return true;
        }
        String a = t.morph().analysis();
        return "PRON".equals(t.morph().pos()) || a.contains("+A3PL") || a.contains("+P3SG") || a.contains("+P3PL")
                || a.contains("+P1PL") || a.contains("+P1SG");
    }
}
