package dev.kulis.store.registry;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the registry reads of one article besides names: each entity's offices and affiliations from the roles
 * (the evidence a short form is matched by), computed once per article.
 */
final class ArticleView {
    private final Article article;
    private final Map<String, Integer> byArticleId;
    private final List<Role>[] roles;

    @SuppressWarnings("unchecked")
    ArticleView(Article article) {
        this.article = article;
        List<Entity> es = article.entities();
        this.roles = new List[es.size()];
        if (article.roles().isEmpty()) {
            byArticleId = Map.of(); // most articles: nothing to index
            return;
        }
        byArticleId = new HashMap<>();
        for (int i = 0; i < es.size(); i++) {
            byArticleId.putIfAbsent(es.get(i).id(), i);
        }
        for (Role r : article.roles()) {
            Integer i = r.person() == null ? null : byArticleId.get(r.person().entity());
            if (i != null) {
                if (roles[i] == null) {
                    roles[i] = new ArrayList<>(2);
                }
                roles[i].add(r);
            }
        }
    }

    Article article() {
        return article;
    }

    int size() {
        return article.entities().size();
    }

    Entity entity(int i) {
        return article.entities().get(i);
    }

    /** Office slugs of entity {@code i} ({@code disisleri-bakani}). */
    List<String> offices(int i) {
        List<Role> rs = roles[i];
        if (rs == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(rs.size());
        for (Role r : rs) {
            if (r.office() != null && !r.office().isBlank()) {
                out.add(NameForms.slug(r.office()));
            }
        }
        return out;
    }

    /**
     * Whether two office slugs name the same office, the possessive of the head aside: {@code kars-valisi} and
     * {@code kars-vali}, {@code teknik-direktoru} and {@code teknik-direktor} (a bare title and a compound one
     * differ by it, and which ending is a suffix cannot be told from the word alone: {@code vali}, {@code başkanı}).
     */
    static boolean sameOffice(String a, String b) {
        return a.equals(b) || possessive(a, b) || possessive(b, a);
    }

    private static boolean possessive(String longer, String shorter) {
        if (!longer.startsWith(shorter)) {
            return false;
        }
        String rest = longer.substring(shorter.length());
        return rest.equals("i") || rest.equals("u") || rest.equals("si") || rest.equals("su");
    }

    /** Whether a bare title ({@code baskan}) is the head of a compound office ({@code abd-baskani}). */
    static boolean headOf(String office, String bare) {
        int dash = office.lastIndexOf('-');
        return dash > 0 && bare.indexOf('-') < 0 && sameOffice(office.substring(dash + 1), bare);
    }

    /** Registry ids of the party and organisation entity {@code i} holds its offices in, given the article's ids. */
    List<String> affiliations(int i, String[] ids, OrgLexicon lexicon) {
        List<Role> rs = roles[i];
        if (rs == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        for (Role r : rs) {
            if (r.party() != null) {
                Integer p = byArticleId.get(r.party().entity());
                String id = p == null ? null : ids[p];
                if (id == null && r.party().name() != null) {
                    id = orgId(r.party().name(), lexicon);
                }
                if (id != null && !out.contains(id)) {
                    out.add(id);
                }
            }
            if (r.organization() != null && !r.organization().isBlank()) {
                String id = orgId(r.organization(), lexicon);
                if (!out.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** The id an organisation named so gets without looking at the registry: its lexicon name, else its slug. */
    static String orgId(String name, OrgLexicon lexicon) {
        String slug = NameForms.slug(name);
        OrgLexicon.Entry e = lexicon.bySlug(slug);
        return Kind.ORGANIZATION.id(e == null ? slug : e.slug());
    }
}
