package dev.kulis.roles;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.List;

/**
 * Lookups the role, relation and event layers share: which entity mention starts or ends at a token, and each
 * token's lower-case key and morphological root, computed once. Built once per article and shared by the
 * role and event steps through {@link #of(Article)}: the lower-casing was most of their cost.
 */
public final class ArticleIndex {
    /**
     * A mention with the entity it belongs to, its token range {@code [first, last]}, and whether it is genitive
     * (by the reading, or by the suffix after the apostrophe when the reading missed it).
     */
    public record Located(Entity entity, Mention mention, int first, int last, boolean genitive) {
        public EntityRef ref() {
            return new EntityRef(entity.id(), entity.name());
        }

        static boolean genitive(Mention mention) {
            if ("Gen".equals(mention.grammaticalCase())) {
                return true;
            }
            // n?[ıiuü]n after the apostrophe, in either case
            String suf = TurkishCase.lower(Apostrophes.suffix(mention.text()));
            int n = suf.length();
            return (n == 2 || n == 3 && suf.charAt(0) == 'n') && "ıiuü".indexOf(suf.charAt(n - 2)) >= 0
                    && suf.charAt(n - 1) == 'n';
        }

        public boolean is(String type) {
            return type.equals(entity.type());
        }
    }

    /** The last index built on this thread: the event step reuses the one the role step built. */
    private static final ThreadLocal<ArticleIndex> LAST = new ThreadLocal<>();

    private final Article article;
    private final List<Token> tokens;
    private final List<Entity> entities;
    private final Located[] byFirst;
    private final Located[] byLast;
    private final String[] keys;
    private final String[] roots;
    private final boolean[] inMention;

    public ArticleIndex(Article article) {
        this.article = article;
        this.tokens = article.tokens();
        this.entities = article.entities();
        int n = tokens.size();
        byFirst = new Located[n];
        byLast = new Located[n];
        keys = new String[n];
        roots = new String[n];
        inMention = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            keys[i] = key(t);
            roots[i] = root(t, keys[i]);
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int f = tokenAt(m.start());
                int l = tokenAt(m.end() - 1);
                if (f < 0 || l < 0) {
                    continue;
                }
                Located loc = new Located(e, m, f, l, Located.genitive(m));
                java.util.Arrays.fill(inMention, f, l + 1, true);
                if (byFirst[f] == null) {
                    byFirst[f] = loc;
                }
                if (byLast[l] == null) {
                    byLast[l] = loc;
                }
            }
        }
    }

    private ArticleIndex(ArticleIndex same, Article article) {
        this.article = article;
        this.tokens = same.tokens;
        this.entities = same.entities;
        this.byFirst = same.byFirst;
        this.byLast = same.byLast;
        this.keys = same.keys;
        this.roots = same.roots;
        this.inMention = same.inMention;
    }

    /**
     * The index of the article, reusing the one last built on this thread when the tokens and entities are the
     * same lists (articles are immutable; later steps only add roles, relations or events).
     */
    public static ArticleIndex of(Article article) {
        ArticleIndex last = LAST.get();
        if (last != null && last.tokens == article.tokens() && last.entities == article.entities()) {
            return last.article == article ? last : new ArticleIndex(last, article);
        }
        ArticleIndex ix = new ArticleIndex(article);
        LAST.set(ix);
        return ix;
    }

    /** The lower-case key of token {@code i} (see {@link #key(Token)}). */
    public String key(int i) {
        return keys[i];
    }

    /** The lower-case root of token {@code i} (see {@link #root(Token)}). */
    public String root(int i) {
        return roots[i];
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

    /** Whether token {@code i} lies inside an entity mention. */
    public boolean inMention(int i) {
        return inMention[i];
    }

    /** The mention whose first token is {@code i}, or null. */
    public Located startingAt(int i) {
        return byFirst[i];
    }

    /** The mention whose last token is {@code i}, or null. */
    public Located endingAt(int i) {
        return byLast[i];
    }

    /** Lower case of the token text without its apostrophe suffix. */
    public static String key(Token t) {
        String w = t.text();
        int ap = Apostrophes.suffixStart(w);
        return lower(w, ap > 0 ? ap : w.length());
    }

    /** The morphological root of the token in lower case (the analysis up to its first tag), else its key. */
    public static String root(Token t) {
        return root(t, key(t));
    }

    private static String root(Token t, String key) {
        if (t.morph() != null) {
            String a = t.morph().analysis();
            if (a != null) {
                int plus = a.indexOf('+');
                if (plus > 0) {
                    // most roots are the key itself: share it rather than cut and lower a copy
                    return plus == key.length() && a.startsWith(key) ? key : lower(a, plus);
                }
            }
            if (t.morph().lemma() != null) {
                return lower(t.morph().lemma(), t.morph().lemma().length());
            }
        }
        return key;
    }

    /** Turkish lower case of {@code s[0, end)}; no copy when it is the whole string and already lower case. */
    private static String lower(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127 && TurkishCase.lower(c) != c) {
                return TurkishCase.lower(s.substring(0, end));
            }
        }
        return end == s.length() ? s : s.substring(0, end);
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
        String a = t.morph().analysis();
        for (int at = a.indexOf(tag); at >= 0; at = a.indexOf(tag, at + 1)) {
            int end = at + tag.length();
            boolean closed = end == a.length() || a.charAt(end) == '+' || a.charAt(end) == '^';
            boolean opened = at == 0 || a.charAt(at - 1) == '+' || a.charAt(at - 1) == '^'
                    || at >= 2 && a.startsWith("DB", at - 2) && (at == 2 || "+^".indexOf(a.charAt(at - 3)) >= 0);
            if (closed && opened) {
                return true;
            }
        }
        return false;
    }
}
