package dev.kulis.roles;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import dev.kulis.text.TurkishCase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups the role, relation and event layers share: which entity mention starts or ends at a token, and a
 * token's lower-case morphological root. Built once per article.
 */
public final class ArticleIndex {
    /** A mention with the entity it belongs to and its token range {@code [first, last]}. */
    public record Located(Entity entity, Mention mention, int first, int last) {
        public EntityRef ref() {
            return new EntityRef(entity.id(), entity.name());
        }

        /** Genitive by the reading, or by the suffix after the apostrophe when the reading missed it. */
        public boolean genitive() {
            if ("Gen".equals(mention.grammaticalCase())) {
                return true;
            }
            String t = TurkishCase.lower(mention.text());
            int ap = Math.max(t.lastIndexOf('\''), t.lastIndexOf('’'));
            return ap > 0 && t.substring(ap + 1).matches("n?[ıiuü]n");
        }

        public boolean is(String type) {
            return type.equals(entity.type());
        }
    }

    private final Article article;
    private final List<Token> tokens;
    private final Map<Integer, Located> byFirst = new HashMap<>();
    private final Map<Integer, Located> byLast = new HashMap<>();

    public ArticleIndex(Article article) {
        this.article = article;
        this.tokens = article.tokens();
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                int f = tokenAt(m.start());
                int l = tokenAt(m.end() - 1);
                if (f < 0 || l < 0) {
                    continue;
                }
                Located loc = new Located(e, m, f, l);
                byFirst.putIfAbsent(f, loc);
                byLast.putIfAbsent(l, loc);
            }
        }
    }

    public Article article() {
        return article;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The index of the token covering character {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The mention whose first token is {@code i}, or null. */
    public Located startingAt(int i) {
        return byFirst.get(i);
    }

    /** The mention whose last token is {@code i}, or null. */
    public Located endingAt(int i) {
        return byLast.get(i);
    }

    /** Lower case of the token text without its apostrophe suffix. */
    public static String key(Token t) {
        String k = TurkishCase.lower(t.text());
        int ap = k.indexOf('\'');
        if (ap < 0) {
            ap = k.indexOf('’');
        }
        return ap > 0 ? k.substring(0, ap) : k;
    }

    /** The morphological root of the token in lower case (the analysis up to its first tag), else its key. */
    public static String root(Token t) {
        if (t.morph() != null) {
            String a = t.morph().analysis();
            if (a != null) {
                int plus = a.indexOf('+');
                if (plus > 0) {
                    return TurkishCase.lower(a.substring(0, plus));
                }
            }
            if (t.morph().lemma() != null) {
                return TurkishCase.lower(t.morph().lemma());
            }
        }
        return key(t);
    }

    /** The nominal case of the token's reading (Nom, Gen, Loc, …), or null. */
    public static String grammaticalCase(Token t) {
        return t.morph() == null ? null : t.morph().grammaticalCase();
    }

    /** Whether the analysis string carries {@code tag} as a whole tag ({@code FUT}, {@code NEG}). */
    public static boolean hasTag(Token t, String tag) {
        if (t.morph() == null || t.morph().analysis() == null) {
            return false;
        }
        for (String part : t.morph().analysis().split("[+^]")) {
            if (part.equals(tag) || part.equals("DB" + tag)) {
                return true;
            }
        }
        return false;
    }
}
