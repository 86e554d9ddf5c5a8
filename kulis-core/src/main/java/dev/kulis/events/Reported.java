package dev.kulis.events;

import dev.kulis.model.Article;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.roles.ArticleIndex;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guards for what a reporter tells of others and for words that are no participants: the speaker of reported speech
 * about an unnamed group (… ziyaret ettiğini belirten Polat, görüşecek heyetin hazır olduğunu söyledi), a habit
 * (belirli günlerde görüştüğünü), a venue (CHP Genel Merkezi ve TBMM'de) and one name cut in two (AK Parti İl
 * Başkanlığı).
 */
final class Reported {

    /** Words and phrases (lower case) that make a verb tell a habit, not an event. */
    private static final List<String> HABIT = List.of("her gün", "her hafta", "her ay", "her yıl", "her sabah",
            "her akşam", "her zaman", "her fırsatta", "genellikle", "zaman zaman", "belirli günlerde",
            "belli günlerde", "sık sık", "düzenli olarak", "düzenli aralıklarla");

    /** Roots of reporting verbs. */
    private static final Set<String> REPORTING = Set.of("söyle", "açıkla", "belirt", "bildir", "kaydet", "de",
            "ifade", "anlat", "vurgula", "dile");

    private static final Set<String> CONJUNCTIONS = Set.of("ve", "ama", "fakat", "ancak", "ya", "de", "da", "mi",
            "mı", "mu", "mü", "diye", "gibi", "ki");

    private static final Pattern LOCATIVE = Pattern.compile("^(?:['’]?(?:n?[dt][ae]|n?[dt]ak[ie]))(?![\\p{L}])");
    private static final Pattern AND_LOCATIVE =
            Pattern.compile("^ ve (?:\\p{Lu}\\p{L}*\\s){0,3}\\p{Lu}\\p{L}*['’]n?[dt][ae](?![\\p{L}])");

    /** Words (lower case) of an organisation's unit that names nothing on its own (İl Başkanlığı, Genel Merkezi). */
    private static final Set<String> UNIT_WORDS = Set.of("il", "ilçe", "genel", "merkezi", "merkez", "başkanlığı",
            "başkanlık", "müdürlüğü", "teşkilatı", "örgütü", "kolları", "gençlik", "kadın", "şubesi", "yönetimi",
            "kurulu", "yönetim", "bölge", "temsilciliği", "sekreterliği");

    private Reported() {
    }

    /** A habit marker in the clause (belirli günlerde, her hafta, genellikle). */
    static boolean habitual(ArticleIndex ix, int from, int verb) {
        StringBuilder b = new StringBuilder(" ");
        for (int k = from; k < verb; k++) {
            b.append(ix.key(k)).append(' ');
        }
        String c = b.toString();
        for (String h : HABIT) {
            if (c.contains(" " + h + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject participle in the future describing a common noun (görüşecek ikinci heyetin), then a reporting verb
     * (hazır olduğunu söyledi): the unnamed group acts, not the speaker before it.
     */
    static boolean othersParticiple(ArticleIndex ix, Sentence s, int verb) {
        String a = ix.tokens().get(verb).morph().analysis();
        // the tagger reads görüşecek before a noun as the finite future as often as the participle
        if (!a.contains("FUT") || a.contains("P1") || a.contains("P2") || a.contains("P3") || a.contains("A1")
                || a.contains("A2") || a.contains("A3PL") || Actors.participleHead(ix, s, verb) != null) {
            return false;
        }
        Token next = verb + 1 < s.lastToken() ? ix.tokens().get(verb + 1) : null;
        if (next == null || next.kind() != TokenKind.WORD || ix.inMention(verb + 1) || Verbs.isVerb(next)
                || Words.capitalWord(next) || CONJUNCTIONS.contains(ix.key(verb + 1))) {
            return false;
        }
        for (int k = verb + 1; k < s.lastToken(); k++) {
            if (REPORTING.contains(ix.root(k)) && Verbs.isVerb(ix.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A common noun in the genitive, the subject of a complement clause (Gönüllü rehberlerin aileleri ziyaret ettiğini
     * belirten Aydoğdu): not a possessor of a partner (yetkilileriyle, Müsteşarı ile) and no part of a name or title.
     */
    static boolean genitiveSubject(ArticleIndex ix, int from, int verb, boolean[] titled) {
        for (int k = from; k < verb - 1; k++) {
            Token t = ix.tokens().get(k);
            if (titled[k] || ix.inMention(k) || t.kind() != TokenKind.WORD || Words.capitalWord(t)
                    || t.morph() == null || !"NOUN".equals(t.morph().pos()) || Verbs.isVerb(t)
                    || !"Gen".equals(ArticleIndex.grammaticalCase(t))) {
                continue;
            }
            Token n = ix.tokens().get(k + 1);
            boolean partner = false;
            for (int j = k + 1; j < verb && !partner; j++) {
                // üniversitelerin öğrenci temsilcileriyle: the possessor of a partner, however many words it takes
                partner = "Ins".equals(ArticleIndex.grammaticalCase(ix.tokens().get(j))) || "ile".equals(ix.key(j));
            }
            if (!partner && n.kind() == TokenKind.WORD && !ix.inMention(k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** An organisation named as where something happens (CHP Genel Merkezi'nde, CHP Genel Merkezi ve TBMM'de). */
    static boolean venue(Article a, Sentence s, EntityRef r) {
        if (r.name() == null) {
            return false;
        }
        String text = a.text().substring(s.start(), s.end());
        int i = text.indexOf(r.name());
        while (i >= 0) {
            String rest = text.substring(i + r.name().length());
            if (LOCATIVE.matcher(rest).find() || AND_LOCATIVE.matcher(rest).find()) {
                return true;
            }
            i = text.indexOf(r.name(), i + 1);
        }
        return false;
    }

    private static boolean unit(String name) {
        for (String w : name.split("\\s+")) {
            if (!UNIT_WORDS.contains(dev.kulis.text.TurkishCase.lower(w))) {
                return false;
            }
        }
        return true;
    }

    /** Two participants whose names stand next to each other: one name cut in two (AK Parti İl Başkanlığı). */
    static boolean splitName(Article a, Sentence s, List<EntityRef> participants) {
        String text = a.text().substring(s.start(), s.end());
        for (EntityRef x : participants) {
            for (EntityRef y : participants) {
                if (x != y && x.name() != null && y.name() != null && unit(y.name())
                        && text.contains(x.name() + " " + y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A quote cued by the impersonal passive of de- (Bildiride, "… davet ediyoruz." denmişti; denildi, deniyor): a
     * declaration speaks, not the person the quote was credited to.
     */
    static boolean impersonalCue(dev.kulis.model.Quote q) {
        String c = q.cue() == null ? "" : dev.kulis.text.TurkishCase.lower(q.cue());
        return c.startsWith("den") && !c.startsWith("deneme") && !c.startsWith("denet") && !c.startsWith("deniz");
    }
}
