package dev.kulis.events;

import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Token;
import dev.kulis.roles.ArticleIndex;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which event phrase of {@code event-verbs.tsv} starts at a token, and whether the words have the event's sense:
 * görüşmek with an object and no partner is discussing, kutlamak with a day as object is celebrating, a passive
 * support is a subsidy, a percentage before it a poll share.
 */
final class PhraseMatcher {
    record Phrase(String type, String[] roots) {
    }

    private static final List<Phrase> PHRASES = DataLines.read(PhraseMatcher.class, "event-verbs.tsv").stream()
            .map(l -> l.strip().split("\t"))
            .map(f -> new Phrase(f[0], TurkishCase.lower(f[1]).split(" ")))
            .sorted(Comparator.comparingInt((Phrase p) -> -p.roots().length)).toList();
    /** Phrases by the root of their first word, longest first: one hash lookup per token instead of a scan. */
    private static final Map<String, List<Phrase>> BY_FIRST_ROOT = PHRASES.stream()
            .collect(Collectors.groupingBy(p -> p.roots()[0], LinkedHashMap::new, Collectors.toList()));
    /** One-word phrases, which may also match a verb form by its prefix when the root reading differs. */
    private static final List<Phrase> SINGLE = PHRASES.stream().filter(p -> p.roots().length == 1).toList();

    private PhraseMatcher() {
    }

    static Phrase match(ArticleIndex ix, int i, int end) {
        List<Phrase> candidates = BY_FIRST_ROOT.get(ix.root(i));
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (matches(ix, p, i, end)) {
                    return p;
                }
            }
        }
        if (Verbs.isVerb(ix.tokens().get(i))) {
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
                    || k == n - 1 && want.length() >= 4 && ix.key(i + k).startsWith(want) && Verbs.isVerb(toks.get(i + k));
            if (!ok) {
                return false;
            }
        }
        Token v = toks.get(i + n - 1);
        if (!eventVerb(v) || Questions.asked(ix, i, i + n - 1, end)) {
            return false;
        }
        return switch (p.type()) {
            // a visit needs a visitor: ziyaret edilen site, nobody named, is no visit
            case "visit" -> !ArticleIndex.hasTag(v, "PASS");
            case "meeting" -> meetingVerb(v) && !discussed(ix, i);
            // a passive kutlanmak is a celebration (yıldönümü kutlanacak), not a congratulation
            case "congratulation" -> !("kutla".equals(p.roots()[n - 1])
                    && (ArticleIndex.hasTag(v, "PASS") || celebrated(ix, i))) && !occasion(ix, i);
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
        for (int k = verb - 1; k >= 0 && k >= verb - 7 && (word(ix, k) || ",".equals(ix.tokens().get(k).text())); k--) {
            // the object may stand before a comma: dosyalarını, dosya üzerinde görüşüyordu
            Token t = ix.tokens().get(k);
            if (!word(ix, k)) {
                continue;
            }
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

    /** Nouns of days and feasts: an accusative one before kutlamak or tebrik etmek is an occasion, not a person. */
    private static final List<String> OCCASIONS = List.of("gün", "bayram", "yıldönüm", "yılbaşı", "noel", "kandil",
            "yılını", "yılınız");

    /** Dünya Kadınlar Günü'nü tebrik ediyorum, bayramınızı kutlarım: an occasion congratulated is a celebration. */
    private static boolean occasion(ArticleIndex ix, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            Token o = ix.tokens().get(k);
            if (o.kind() != dev.kulis.model.TokenKind.WORD) {
                return false;
            }
            if (accusative(o) || possessedNoun(o)) {
                String w = ix.key(k);
                String r = ix.root(k);
                return OCCASIONS.stream().anyMatch(x -> w.startsWith(x) || r.equals(x));
            }
        }
        return false;
    }

    /** Words for people that read as possessed nouns (herkesi kutluyorum congratulates people). */
    private static final Set<String> EVERYONE = Set.of("herkes", "hepsi", "hepimiz", "hepiniz", "birbir");

    /** An object that is no person right before kutlamak: a day is celebrated (Şükran Günü'nü kutlamak), nobody congratulated. */
    private static boolean celebrated(ArticleIndex ix, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 8; k--) {
            // Adana'ya bakanlık verilmesini … kampanya ile kutladı: an event (a verbal noun) is celebrated
            Token o = ix.tokens().get(k);
            if (!word(ix, k) && !",".equals(o.text())) {
                break;
            }
            String a = o.morph() == null || o.morph().analysis() == null ? "" : o.morph().analysis();
            if (Verbs.isVerb(o) && a.contains("^DB+NOUN+") && "Acc".equals(ArticleIndex.grammaticalCase(o))) {
                return true;
            }
        }
        // the object may stand a few words before: Zafer Bayramı'nı coşkuyla kutladı
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            Token o = ix.tokens().get(k);
            if (o.kind() != dev.kulis.model.TokenKind.WORD) {
                return false;
            }
            if (accusative(o) || k == verb - 1 && possessedNoun(o) && !EVERYONE.contains(ix.root(k))) {
                // İzmir'in kurtuluşu kutladık: a possessed noun right before is an object too
                ArticleIndex.Located m = ix.endingAt(k);
                return (m == null || !m.is("PERSON") && !m.is("ORGANIZATION"))
                        && (o.morph() == null || !"PRON".equals(o.morph().pos()));
            }
        }
        return false;
    }

    private static boolean word(ArticleIndex ix, int k) {
        return ix.tokens().get(k).kind() == dev.kulis.model.TokenKind.WORD;
    }

    /**
     * An accusative by the analysis, or a name the analyser does not know with an accusative suffix after the
     * apostrophe (Noel'i, Paskalya'yı).
     */
    static boolean accusative(Token t) {
        if ("Acc".equals(ArticleIndex.grammaticalCase(t))) {
            return true;
        }
        String suf = TurkishCase.lower(Apostrophes.suffix(t.text()));
        return suf.length() == 1 && "ıiuü".contains(suf)
                || suf.length() == 2 && "yn".indexOf(suf.charAt(0)) >= 0 && "ıiuü".indexOf(suf.charAt(1)) >= 0;
    }

    /** A possessed noun in the nominative, also one made from a verb (kurtuluşu: kurtul^DB+NOUN+INF3+A3SG+P3SG+NOM). */
    private static boolean possessedNoun(Token t) {
        return t.morph() != null && "NOUN".equals(t.morph().pos()) && t.morph().analysis() != null
                && t.morph().analysis().endsWith("+A3SG+P3SG+NOM");
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
        if (!Verbs.isVerb(t)) {
            return false;
        }
        String a = t.morph().analysis();
        return !a.contains("INF") && !a.contains("IMP+A2SG");
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
        if (!Verbs.isVerb(t) || ArticleIndex.hasTag(t, "PASS") && !ArticleIndex.hasTag(t, "CAUS")) {
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
}
