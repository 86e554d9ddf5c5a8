package dev.kulis.events;

import dev.kulis.roles.ArticleIndex;
import java.util.Set;

/**
 * A verb that is asked about, not reported: a question word just before it ({@code kimlerle, ne zaman, nerede
 * görüştüğünün}, {@code nasıl tepki göstereceği}) or a question mark or particle right after it ({@code ne
 * görüştünüz?}, {@code görüştü mü}). Such a clause tells no event.
 */
final class Questions {
    private static final Set<String> WORDS = EventAnnotator.words("question-words.txt");
    private static final Set<String> PARTICLES = Set.of("mi", "mı", "mu", "mü", "misiniz", "mısınız", "musunuz",
            "müsünüz", "miydi", "mıydı", "muydu", "müydü");

    private static final Set<String> STOPS = Set.of(".", "?", "!", ":", ";", "\"", "“", "”", "«", "»", "'", "‘", "’");

    private Questions() {
    }

    static boolean asked(ArticleIndex ix, int first, int verb, int end) {
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            String p = ix.tokens().get(k).text();
            if (STOPS.contains(p)) {
                // a question inside a quote before the verb is the quote's, not the verb's: “… nasıl yapılabiliyor?” tepkisini gösterdi
                break;
            }
            if (WORDS.contains(ix.key(k))) {
                return true;
            }
        }
        for (int k = verb + 1; k < end && k <= verb + 2; k++) {
            String w = ix.key(k);
            if ("?".equals(w) || PARTICLES.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
