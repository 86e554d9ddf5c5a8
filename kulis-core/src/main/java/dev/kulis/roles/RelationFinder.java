package dev.kulis.roles;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Mention;
import dev.kulis.model.Relation;
import dev.kulis.model.Role;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Relations with their evidence spans: {@code spouse} and {@code family} from kinship words between two
 * person mentions ({@code X'in eşi Y}, {@code X ve eşi Y}, {@code X, oğlu Y}); {@code member_of},
 * {@code holds_office} and {@code works_for} from roles; {@code reporter_of} from the byline.
 */
final class RelationFinder {
    static final EntityRef DOCUMENT = new EntityRef(null, "DOCUMENT");

    private final RoleLexicon lex = RoleLexicon.SHARED;

    List<Relation> find(ArticleIndex ix, List<RoleAnnotator.Found> roles) {
        List<Relation> out = new ArrayList<>();
        kinship(ix, out);
        for (RoleAnnotator.Found f : roles) {
            Role r = f.role();
            if (r.party() != null) {
                out.add(new Relation("member_of", r.person(), r.party(), r.start(), r.end(), r.text()));
            }
            boolean holding = "incumbent".equals(r.status()) || "acting".equals(r.status());
            if ("job".equals(f.kind()) && f.organization() != null && holding) {
                if (!organization(ix, f.organization())) {
                    // one works for a company, not for the country of its branch (Starbucks İngiltere)
                    continue;
                }
                out.add(new Relation("works_for", r.person(), f.organization(), r.start(), r.end(), r.text()));
            } else if ("office".equals(f.kind()) && holding) {
                EntityRef office = new EntityRef(f.organization() == null ? null : f.organization().entity(),
                        r.office());
                out.add(new Relation("holds_office", r.person(), office, r.start(), r.end(), r.text()));
            }
        }
        Relation rep = reporter(ix.article());
        if (rep != null) {
            out.add(rep);
        }
        return dedupe(out);
    }

    private void kinship(ArticleIndex ix, List<Relation> out) {
        List<Token> toks = ix.tokens();
        for (Sentence s : ix.article().sentences()) {
            for (int i = s.firstToken() + 1; i + 1 < s.lastToken(); i++) {
                String type = lex.family(ix, i);
                if (type == null) {
                    continue;
                }
                ArticleIndex.Located b = ix.startingAt(i + 1);
                if (b == null || !b.is("PERSON")) {
                    continue;
                }
                ArticleIndex.Located a = ix.endingAt(i - 1);
                if (a == null || !a.is("PERSON") || !a.genitive()) {
                    a = null;
                    String link = ix.key(i - 1);
                    if (("ve".equals(link) || ",".equals(link)) && i - 2 >= s.firstToken()) {
                        ArticleIndex.Located c = ix.endingAt(i - 2);
                        if (c != null && c.is("PERSON")) {
                            a = c;
                        }
                    }
                }
                if (a == null || a.entity().id().equals(b.entity().id())) {
                    continue;
                }
                int start = a.mention().start();
                int end = b.mention().end();
                out.add(new Relation(type, a.ref(), b.ref(), start, end, ix.article().text().substring(start, end)));
            }
        }
    }

    private static boolean organization(ArticleIndex ix, EntityRef ref) {
        for (Entity e : ix.article().entities()) {
            if (e.id().equals(ref.entity())) {
                return "ORGANIZATION".equals(e.type());
            }
        }
        return false;
    }

    /** The byline's person reports the article. */
    private static Relation reporter(Article article) {
        String byline = article.metadata().byline();
        if (byline == null || byline.isBlank()) {
            return null;
        }
        String want = TurkishCase.lower(byline.strip());
        for (Entity e : article.entities()) {
            if ("PERSON".equals(e.type()) && TurkishCase.lower(e.name()).equals(want)) {
                Mention m = e.mentions().get(0);
                return new Relation("reporter_of", new EntityRef(e.id(), e.name()), DOCUMENT, m.start(), m.end(),
                        m.text());
            }
        }
        return new Relation("reporter_of", new EntityRef(null, byline.strip()), DOCUMENT, 0, 0, "");
    }

    private static List<Relation> dedupe(List<Relation> rels) {
        Set<String> seen = new HashSet<>();
        List<Relation> out = new ArrayList<>();
        for (Relation r : rels) {
            if (seen.add(r.type() + "\u0000" + r.a().entity() + "\u0000" + r.a().name() + "\u0000"
                    + r.b().entity() + "\u0000" + r.b().name())) {
                out.add(r);
            }
        }
        return out;
    }
}
